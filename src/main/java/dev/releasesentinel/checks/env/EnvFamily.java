package dev.releasesentinel.checks.env;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import java.util.List;

/** The env family. */
public final class EnvFamily implements Family {

  @Override
  public String name() {
    return "env";
  }

  @Override
  public List<Check> checks(Config config, RunContext context) {
    return List.of();
  }
}
