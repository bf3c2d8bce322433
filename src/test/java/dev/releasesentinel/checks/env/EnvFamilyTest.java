package dev.releasesentinel.checks.env;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvFamilyTest {

  private static RunContext context() {
    return new RunContext(
        Path.of("."),
        Optional.empty(),
        Optional.empty(),
        Environment.of(Map.of()),
        Clock.systemUTC());
  }

  @Test
  void buildsTheChecksOfTheSpecExampleInDeclarationOrder() throws Exception {
    var config =
        Families.loader()
            .load(Path.of("src/test/resources/configs/spec-example.yml"))
            .select(Optional.empty());
    List<Check> checks = new EnvFamily().checks(config, context());
    assertThat(checks)
        .extracting(c -> c.id().value())
        .containsExactly(
            "env.required:DATABASE_URL",
            "env.required:API_BASE_URL",
            "env.secret:DB_PASSWORD",
            "env.secret:API_TOKEN",
            "env.optional:LOG_LEVEL");
    assertThat(checks)
        .extracting(Check::description)
        .containsExactly(
            "DATABASE_URL is set and not empty",
            "API_BASE_URL is set and not empty; pattern ^https://",
            "DB_PASSWORD is set, not a placeholder, at least 4 characters; min-length 16",
            "API_TOKEN is set, not a placeholder, at least 4 characters",
            "LOG_LEVEL, when set: one of info, warn, error");
    assertThat(checks.get(0).id().family()).isEqualTo("env");
    assertThat(checks.get(4).id().matches("env.optional")).isTrue();
  }

  @Test
  void buildsNothingWithoutAnEnvSection() {
    assertThat(checks("git: {}\n")).isEmpty();
  }

  @Test
  void buildsNothingForAnEmptyEnvSection() {
    assertThat(checks("env: {}\n")).isEmpty();
  }

  @Test
  void aVariableWithRulesThatIsRequiredGetsNoOptionalCheck() {
    assertThat(checks("env:\n  required: [A]\n  rules:\n    A: { min-length: 3 }\n"))
        .extracting(Check::id)
        .containsExactly(CheckId.of("env.required:A"));
  }

  private static List<Check> checks(String yaml) {
    return new EnvFamily().checks(EnvChecks.config(yaml), context());
  }
}
