package dev.releasesentinel.checks.git;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import java.util.List;

/** The git family. */
public final class GitFamily implements Family {

  @Override
  public String name() {
    return "git";
  }

  @Override
  public List<Check> checks(Config config, RunContext context) {
    return List.of();
  }
}
