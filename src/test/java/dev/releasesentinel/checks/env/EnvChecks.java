package dev.releasesentinel.checks.env;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.testing.StubCheckContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds env checks from a YAML config through the real loader and runs them. */
final class EnvChecks {

  private EnvChecks() {}

  static Config config(String yaml) {
    try {
      return Families.loader()
          .parse(yaml, "test.yml", Optional.empty(), Path.of("."))
          .select(Optional.empty());
    } catch (ConfigException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static List<Check> checks(String yaml, Map<String, String> env) {
    return checks(yaml, env, Redactor.of());
  }

  /** The checks of a run whose redactor is {@code redactor}, as the command builds them. */
  static List<Check> checks(String yaml, Map<String, String> env, Redactor redactor) {
    RunContext context =
        new RunContext(
            Path.of("."),
            Optional.empty(),
            Optional.empty(),
            Environment.of(env),
            Clock.systemUTC(),
            redactor,
            false,
            List.of());
    return new EnvFamily().checks(config(yaml), context);
  }

  static CheckResult run(String yaml, Map<String, String> env, String id) {
    Check check =
        checks(yaml, env).stream()
            .filter(c -> c.id().value().equals(id))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no check " + id));
    try {
      return check.run(new StubCheckContext());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The value appears nowhere in what reports render: message and details. */
  static void assertNotShown(CheckResult result, String value) {
    assertThat(result.message()).doesNotContain(value);
    assertThat(String.valueOf(result.details())).doesNotContain(value);
  }
}
