package dev.releasesentinel.checks.env;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The env family (docs/checks/env.md): {@code env.required:NAME}, {@code env.secret:NAME} and
 * {@code env.optional:NAME}, in the order the config declares them. The checks read the environment
 * snapshot of the run; nothing is read while building them.
 */
public final class EnvFamily implements Family {

  static final CheckKind REQUIRED =
      CheckKind.optIn("env.required", "the variable is set, not empty, and its rules hold")
          .per("NAME");
  static final CheckKind SECRET =
      CheckKind.optIn(
              "env.secret", "the secret is set, not empty, long enough and not a placeholder")
          .per("NAME");
  static final CheckKind OPTIONAL =
      CheckKind.optIn("env.optional", "when the variable is set, its rules hold").per("NAME");

  private static final EnvBinder SECTION = new EnvBinder();

  @Override
  public Section<EnvConfig> section() {
    return SECTION;
  }

  @Override
  public List<CheckKind> kinds() {
    return List.of(REQUIRED, SECRET, OPTIONAL);
  }

  /** The env section of a config, if it has one. */
  static Optional<EnvConfig> config(Config config) {
    return config.get(SECTION);
  }

  @Override
  public List<Planned> plan(Config config, RunContext context) {
    if (config(config).isEmpty()) {
      return List.of();
    }
    EnvConfig env = config(config).get();
    Environment environment = context.environment();
    // A variable the config sends anywhere (an api url, header or body) is registered for masking
    // (Family.secrets); quoting it in a message would only print ***.
    Set<String> sent = config.variables();
    List<Planned> checks = new ArrayList<>();
    for (EnvConfig.Variable v : env.required()) {
      if (v.spec().enabled()) {
        checks.add(
            REQUIRED.plan(
                new RequiredCheck(v, environment, sent.contains(v.name()), context.redactor()),
                v.spec()));
      }
    }
    for (EnvConfig.Variable v : env.secrets()) {
      if (v.spec().enabled()) {
        checks.add(
            SECRET.plan(
                new SecretCheck(v, env.placeholders(), environment, context.redactor()), v.spec()));
      }
    }
    for (EnvConfig.Variable v : env.optional()) {
      if (v.spec().enabled()) {
        checks.add(
            OPTIONAL.plan(
                new OptionalCheck(v, environment, sent.contains(v.name()), context.redactor()),
                v.spec()));
      }
    }
    return checks;
  }

  /** Declared secrets, and the passwords in URL-shaped values of the other variables. */
  @Override
  public Set<String> secrets(Config config, Environment env) {
    return config(config).map(e -> Secrets.of(e, env)).orElse(Set.of());
  }
}
