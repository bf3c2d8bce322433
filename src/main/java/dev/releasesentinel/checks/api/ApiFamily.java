package dev.releasesentinel.checks.api;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import java.util.List;

/** The api family. */
public final class ApiFamily implements Family {

  @Override
  public String name() {
    return "api";
  }

  @Override
  public List<Check> checks(Config config, RunContext context) {
    return List.of();
  }
}
