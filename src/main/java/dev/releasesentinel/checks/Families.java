package dev.releasesentinel.checks;

import dev.releasesentinel.checks.api.ApiFamily;
import dev.releasesentinel.checks.env.EnvFamily;
import dev.releasesentinel.checks.git.GitFamily;
import dev.releasesentinel.checks.system.SystemFamily;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import java.util.ArrayList;
import java.util.List;

/** The registry of check families; a new family is one line here. */
public final class Families {

  private Families() {}

  public static List<Family> all() {
    return List.of(new GitFamily(), new EnvFamily(), new SystemFamily(), new ApiFamily());
  }

  /** Every check the config asks for, family by family. */
  public static List<Check> checks(Config config, RunContext context) {
    return checks(all(), config, context);
  }

  /** Every check the config asks for from the given families, in their order. */
  public static List<Check> checks(List<Family> families, Config config, RunContext context) {
    List<Check> checks = new ArrayList<>();
    for (Family f : families) {
      checks.addAll(f.checks(config, context));
    }
    return checks;
  }
}
