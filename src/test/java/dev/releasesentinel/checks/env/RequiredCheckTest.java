package dev.releasesentinel.checks.env;

import static dev.releasesentinel.checks.env.EnvChecks.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.gate.RunSecrets;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.testing.StubCheckContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequiredCheckTest {

  private static final String YAML = "env:\n  required: [DATABASE_URL]\n";

  static Stream<Arguments> presence() {
    return Stream.of(
        Arguments.of(
            Map.of(),
            "DATABASE_URL is not set: set it in the environment of the job that runs the gate,"
                + " or remove it from env.required"),
        Arguments.of(
            Map.of("DATABASE_URL", ""),
            "DATABASE_URL is set but empty: give it a value (GitHub Actions expands an undefined"
                + " ${{ vars.DATABASE_URL }} or ${{ secrets.DATABASE_URL }} to an empty string)"),
        Arguments.of(
            Map.of("DATABASE_URL", " \t"), "DATABASE_URL is only whitespace: give it a value"));
  }

  @ParameterizedTest
  @MethodSource("presence")
  void failsWhenUnsetEmptyOrBlank(Map<String, String> env, String message) {
    CheckResult r = run(YAML, env, "env.required:DATABASE_URL");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severity()).isEqualTo(Severity.BLOCK);
    assertThat(r.message()).isEqualTo(message);
    assertThat(r.details()).containsEntry("broken", List.of("presence"));
  }

  @Test
  void passesWhenSetWithoutShowingTheValue() {
    CheckResult r =
        run(
            YAML,
            Map.of("DATABASE_URL", "postgres://db.internal/app"),
            "env.required:DATABASE_URL");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).isEqualTo("DATABASE_URL is set");
    EnvChecks.assertNotShown(r, "db.internal");
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        // pattern uses find(): anchors are the user's to write
        Arguments.of("{ pattern: \"^https://\" }", "https://api.example.com", Status.PASS, ""),
        Arguments.of(
            "{ pattern: \"^https://\" }",
            "http://api.example.com",
            Status.FAIL,
            "V is 'http://api.example.com', not matched by the pattern ^https://: fix the"
                + " variable or env.rules.V"),
        Arguments.of("{ pattern: internal }", "https://api.internal/v1", Status.PASS, ""),
        Arguments.of(
            "{ pattern: \"^[a-z]+$\" }",
            "abc1",
            Status.FAIL,
            "V is 'abc1', not matched by the pattern ^[a-z]+$"),
        Arguments.of("{ one-of: [info, warn, error] }", "info", Status.PASS, ""),
        Arguments.of(
            "{ one-of: [info, warn, error] }",
            "debug",
            Status.FAIL,
            "V is 'debug', not one of info, warn, error: fix the variable or env.rules.V"),
        Arguments.of(
            "{ one-of: [info, warn, error] }",
            "INFO",
            Status.FAIL,
            "V is 'INFO', not one of info, warn, error (values are compared exactly: did you mean"
                + " 'info'?)"),
        Arguments.of("{ min-length: 5 }", "abcde", Status.PASS, ""),
        // characters are code points: five accented letters are five characters
        Arguments.of("{ min-length: 5 }", "\u00e9\u00e9\u00e9\u00e9\u00e9", Status.PASS, ""),
        Arguments.of(
            "{ min-length: 16 }",
            "short",
            Status.FAIL,
            "V is 'short', shorter than 16 characters (5)"),
        Arguments.of(
            "{ pattern: \"^https://\", min-length: 30 }",
            "http://a.example",
            Status.FAIL,
            "V is 'http://a.example', not matched by the pattern ^https://; shorter than 30"
                + " characters (16)"));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void judgesEachRule(String rule, String value, Status status, String message) {
    String yaml = "env:\n  required: [V]\n  rules:\n    V: " + rule + "\n";
    CheckResult r = run(yaml, Map.of("V", value), "env.required:V");
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.message()).contains(message);
    if (status == Status.PASS) {
      assertThat(r.message()).startsWith("V is set and follows its rules (");
    }
  }

  @Test
  void namesEveryBrokenRuleInTheDetails() {
    String yaml =
        "env:\n  required: [V]\n  rules:\n    V: { pattern: \"^https://\", one-of: [a], min-length: 99 }\n";
    CheckResult r = run(yaml, Map.of("V", "http://x"), "env.required:V");
    assertThat(r.details()).containsEntry("broken", List.of("one-of", "pattern", "min-length"));
    assertThat(r.details()).containsEntry("variable", "V");
  }

  @Test
  void neverShowsThePasswordOfAUrlShapedValue() {
    String yaml =
        "env:\n  required: [DATABASE_URL]\n  rules:\n    DATABASE_URL: { pattern: \"^postgresql://\" }\n";
    CheckResult r =
        run(
            yaml,
            Map.of("DATABASE_URL", "postgres://app:hunter2-secret@db:5432/app"),
            "env.required:DATABASE_URL");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).startsWith("DATABASE_URL is 'postgres://app:***@db:5432/app', not");
    EnvChecks.assertNotShown(r, "hunter2-secret");
  }

  @Test
  void escapesControlCharactersSoAValueCannotForgeOutputLines() {
    String yaml = "env:\n  required: [V]\n  rules:\n    V: { one-of: [info] }\n";
    CheckResult r = run(yaml, Map.of("V", "info\n::error::forged\u0007"), "env.required:V");
    assertThat(r.message()).startsWith("V is 'info\\n::error::forged\\u0007', not one of info");
    assertThat(r.message()).doesNotContain("\n");
  }

  @Test
  void masksASecretInTheValueBeforeCuttingItSoNoPieceOfItShows() throws Exception {
    // A required variable whose value is a secret too (declared, or a CI token): the message
    // quotes the value cut to 60 characters. Cut first, the secret would no longer be whole and
    // its first 60 characters would show.
    String secret = "ghp_" + "Q7xK9mP2vL4nR8tW1yZ3".repeat(4);
    String yaml =
        "env:\n  required: [GITHUB_TOKEN]\n  rules: { GITHUB_TOKEN: { pattern: \"^ghs_\" } }\n";
    Map<String, String> env = Map.of("GITHUB_TOKEN", secret);
    Redactor redactor =
        Redactor.of(RunSecrets.of(Families.all(), EnvChecks.config(yaml), Environment.of(env)));
    CheckResult r = EnvChecks.checks(yaml, env, redactor).get(0).run(new StubCheckContext());
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).startsWith("GITHUB_TOKEN is '***', not matched by the pattern ^ghs_");
    for (int i = 0; i + 8 <= secret.length(); i++) {
      assertThat(r.message()).doesNotContain(secret.substring(i, i + 8));
    }
  }

  @Test
  void cutsALongValue() {
    String yaml = "env:\n  required: [V]\n  rules:\n    V: { pattern: \"^x\" }\n";
    CheckResult r = run(yaml, Map.of("V", "a".repeat(500)), "env.required:V");
    assertThat(r.message()).contains("'" + "a".repeat(Shown.MAX) + "...'");
    assertThat(r.message()).hasSizeLessThan(200);
  }

  @Test
  void doesNotQuoteAValueThatApiRequestsCarry() {
    String yaml =
        "env:\n  required: [PAYMENTS_TOKEN]\n  rules:\n    PAYMENTS_TOKEN: { min-length: 40 }\n"
            + "api:\n  endpoints:\n    - name: payments\n      url: https://payments.internal/health\n"
            + "      headers: { Authorization: \"Bearer ${PAYMENTS_TOKEN}\" }\n";
    CheckResult r =
        run(yaml, Map.of("PAYMENTS_TOKEN", "tok-123456"), "env.required:PAYMENTS_TOKEN");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "PAYMENTS_TOKEN (value not shown: api requests use it) is shorter than 40 characters:"
                + " fix the variable or env.rules.PAYMENTS_TOKEN");
    EnvChecks.assertNotShown(r, "tok-123456");
  }

  @Test
  void carriesTheSeverityOfItsEntry() {
    String yaml = "env:\n  severity: warn\n  required: [A, { name: B, severity: critical }]\n";
    assertThat(run(yaml, Map.of(), "env.required:A").severity()).isEqualTo(Severity.WARN);
    assertThat(run(yaml, Map.of(), "env.required:B").severity()).isEqualTo(Severity.CRITICAL);
  }
}
