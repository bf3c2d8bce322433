package dev.releasesentinel.checks.env;

import static dev.releasesentinel.checks.env.EnvChecks.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptionalCheckTest {

  private static final String YAML =
      "env:\n  rules:\n    LOG_LEVEL: { one-of: [info, warn, error], severity: warn }\n";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(Map.of(), Status.PASS, "LOG_LEVEL is optional and not set"),
        Arguments.of(
            Map.of("LOG_LEVEL", ""),
            Status.PASS,
            "LOG_LEVEL is optional and empty, which counts as not set"),
        Arguments.of(
            Map.of("LOG_LEVEL", "warn"),
            Status.PASS,
            "LOG_LEVEL is set and follows its rules (one of info, warn, error)"),
        Arguments.of(
            Map.of("LOG_LEVEL", "debug"),
            Status.FAIL,
            "LOG_LEVEL is 'debug', not one of info, warn, error: fix the variable, unset it, or"
                + " change env.rules.LOG_LEVEL"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void judgesTheRulesOnlyWhenTheVariableIsSet(
      Map<String, String> env, Status status, String message) {
    CheckResult r = run(YAML, env, "env.optional:LOG_LEVEL");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.message()).isEqualTo(message);
    assertThat(r.severity()).isEqualTo(Severity.WARN);
  }
}
