package dev.releasesentinel.checks.system;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import java.util.List;

/** The system family. */
public final class SystemFamily implements Family {

  @Override
  public String name() {
    return "system";
  }

  @Override
  public List<Check> checks(Config config, RunContext context) {
    return List.of();
  }
}
