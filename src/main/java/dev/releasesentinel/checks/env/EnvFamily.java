package dev.releasesentinel.checks.env;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.EnvConfig;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The env family (spec 3.2): {@code env.required:NAME}, {@code env.secret:NAME} and {@code
 * env.optional:NAME}, in the order the config declares them. The checks read the environment
 * snapshot of the run; nothing is read while building them.
 */
public final class EnvFamily implements Family {

  @Override
  public String name() {
    return "env";
  }

  @Override
  public List<Check> checks(Config config, RunContext context) {
    if (config.env().isEmpty()) {
      return List.of();
    }
    EnvConfig env = config.env().get();
    Environment environment = context.environment();
    // A variable an api request carries is registered for masking (Secrets.collect); quoting it
    // in a message would only print ***.
    Set<String> usedByApi = Secrets.apiVariables(config);
    List<Check> checks = new ArrayList<>();
    for (EnvConfig.Variable v : env.required()) {
      if (v.spec().enabled()) {
        checks.add(
            new RequiredCheck(v, environment, usedByApi.contains(v.name()), context.redactor()));
      }
    }
    for (EnvConfig.Variable v : env.secrets()) {
      if (v.spec().enabled()) {
        checks.add(new SecretCheck(v, env.placeholders(), environment, context.redactor()));
      }
    }
    for (EnvConfig.Variable v : env.optional()) {
      if (v.spec().enabled()) {
        checks.add(
            new OptionalCheck(v, environment, usedByApi.contains(v.name()), context.redactor()));
      }
    }
    return checks;
  }
}
