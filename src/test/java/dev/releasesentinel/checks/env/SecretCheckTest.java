package dev.releasesentinel.checks.env;

import static dev.releasesentinel.checks.env.EnvChecks.assertNotShown;
import static dev.releasesentinel.checks.env.EnvChecks.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCheckTest {

  private static final String YAML = "env:\n  secrets: [API_TOKEN]\n";

  private static CheckResult secret(String value) {
    return run(YAML, Map.of("API_TOKEN", value), "env.secret:API_TOKEN");
  }

  static Stream<Arguments> presence() {
    return Stream.of(
        Arguments.of(
            Map.of(),
            "API_TOKEN is not set: pass the secret into the environment of the job that runs the"
                + " gate (GitHub Actions: env: { API_TOKEN: ${{ secrets.API_TOKEN }} })"),
        Arguments.of(
            Map.of("API_TOKEN", ""),
            "API_TOKEN is set but empty: the secret is probably not defined where this job runs"
                + " (GitHub Actions expands an undefined secret to an empty string, and gives no"
                + " secrets to workflows run from forks)"),
        Arguments.of(
            Map.of("API_TOKEN", "    \n"), "API_TOKEN is only whitespace: set the real secret"));
  }

  @ParameterizedTest
  @MethodSource("presence")
  void failsWhenUnsetEmptyOrBlank(Map<String, String> env, String message) {
    CheckResult r = run(YAML, env, "env.secret:API_TOKEN");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).isEqualTo(message);
    assertThat(r.details()).containsEntry("broken", List.of("presence"));
  }

  /** At least one value for each default placeholder; see everyDefaultPlaceholderIsExercised. */
  static final List<String> PLACEHOLDER_VALUES =
      List.of(
          "changeme",
          "CHANGEME",
          "change-me",
          "Change_Me",
          "replace me",
          "REPLACE_ME",
          "replaceme",
          "todo",
          "TBD",
          "FixMe",
          "xxx",
          "XXXXXXXXXXXX",
          "***",
          "********",
          "placeholder",
          "Dummy",
          "example",
          "SECRET",
          "Password",
          "null",
          "None",
          "undefined",
          "<your-token-here>",
          "${API_TOKEN}",
          "{{ secrets.API_TOKEN }}",
          "  changeme\n");

  static Stream<String> placeholderValues() {
    return PLACEHOLDER_VALUES.stream();
  }

  @ParameterizedTest
  @MethodSource("placeholderValues")
  void failsOnEachDefaultPlaceholder(String value) {
    CheckResult r = secret(value);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).startsWith("API_TOKEN looks like a placeholder, not a real secret (");
    assertThat(r.message()).endsWith("): set the real secret");
    assertThat(r.details()).containsEntry("broken", List.of("placeholder"));
  }

  @Test
  void everyDefaultPlaceholderIsExercised() {
    for (String p : EnvConfig.DEFAULT_PLACEHOLDERS) {
      Pattern pattern = Pattern.compile(p, Pattern.CASE_INSENSITIVE);
      assertThat(PLACEHOLDER_VALUES)
          .as("a test value for the default placeholder %s", p)
          .anyMatch(v -> pattern.matcher(v.strip()).matches());
    }
  }

  @Test
  void saysWhichPatternMatchedWithoutQuotingTheValue() {
    assertThat(secret("xxxxxxxx").message())
        .isEqualTo(
            "API_TOKEN looks like a placeholder, not a real secret (it matches the placeholder"
                + " pattern 'x{3,}'): set the real secret");
    assertThat(secret("ChangeMe").message())
        .isEqualTo(
            "API_TOKEN looks like a placeholder, not a real secret (it is listed in"
                + " env.placeholders): set the real secret");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        "s3cr3t-Value-9f8a",
        "example-but-real-9f8a7b",
        "my-password-is-long-enough",
        "xxy1",
        "abcd"
      })
  void passesARealLookingSecret(String value) {
    CheckResult r = secret(value);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).isEqualTo("API_TOKEN is set (value not shown, masked in all output)");
    assertNotShown(r, value);
  }

  @Test
  void usesTheConfiguredPlaceholdersInsteadOfTheDefaults() {
    String yaml = "env:\n  secrets: [T]\n  placeholders: [\"acme-.*\"]\n";
    assertThat(run(yaml, Map.of("T", "ACME-token"), "env.secret:T").status())
        .isEqualTo(Status.FAIL);
    assertThat(run(yaml, Map.of("T", "changeme"), "env.secret:T").status()).isEqualTo(Status.PASS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "ab", "a1b", "\ud83d\udd11\ud83d\udd11\ud83d\udd11"})
  void failsASecretTooShortToMask(String value) {
    CheckResult r = secret(value);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "API_TOKEN is shorter than 4 characters: too short to be a real secret, and too short"
                + " to be masked in output");
    assertThat(r.details()).containsEntry("broken", List.of("min-length"));
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(
            "{ min-length: 16 }",
            "correct-horse",
            "API_TOKEN (secret, not shown) is shorter than 16 characters: fix the secret or"
                + " env.rules.API_TOKEN"),
        Arguments.of(
            "{ pattern: \"^ghp_\" }",
            "gho_abcdef123456",
            "API_TOKEN (secret, not shown) is not matched by the pattern ^ghp_: fix the secret or"
                + " env.rules.API_TOKEN"),
        // no "did you mean": that would quote the value
        Arguments.of(
            "{ one-of: [alpha-key, beta-key] }",
            "ALPHA-KEY",
            "API_TOKEN (secret, not shown) is not one of alpha-key, beta-key: fix the secret or"
                + " env.rules.API_TOKEN"));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void judgesRulesWithoutShowingTheValueOrItsLength(String rule, String value, String message) {
    String yaml = YAML + "  rules:\n    API_TOKEN: " + rule + "\n";
    CheckResult r = run(yaml, Map.of("API_TOKEN", value), "env.secret:API_TOKEN");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).isEqualTo(message);
    assertNotShown(r, value);
    assertThat(r.message()).doesNotContain(Integer.toString(value.length()));
  }

  @Test
  void passesWhenItsRulesHold() {
    String yaml = YAML + "  rules:\n    API_TOKEN: { pattern: \"^ghp_\", min-length: 20 }\n";
    CheckResult r =
        run(yaml, Map.of("API_TOKEN", "ghp_0123456789abcdefXYZ"), "env.secret:API_TOKEN");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "API_TOKEN is set (value not shown, masked in all output) and follows its rules"
                + " (pattern ^ghp_, min-length 20)");
  }
}
