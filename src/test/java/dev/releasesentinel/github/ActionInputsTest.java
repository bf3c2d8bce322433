package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.engine.Environment;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActionInputsTest {

  /** Every declared input present, as the runner passes them: defaults or empty. */
  static Map<String, String> declared() {
    Map<String, String> m = new HashMap<>();
    for (String name :
        new String[] {
          "environment", "version", "config", "only", "skip", "github-token", "working-directory"
        }) {
      m.put(ActionInputs.variable(name), "");
    }
    m.put("INPUT_FAIL-ON", "blocked");
    m.put("INPUT_PR-COMMENT", "auto");
    m.put("INPUT_CHECK-RUN", "false");
    m.put("INPUT_JOB-SUMMARY", "true");
    m.put("INPUT_ANNOTATIONS", "true");
    return m;
  }

  static ActionInputs read(Map<String, String> m) throws ActionInputException {
    return ActionInputs.read(Environment.of(m));
  }

  @Test
  void namesKeepTheirDashesAndOnlySpacesBecomeUnderscores() {
    assertThat(ActionInputs.variable("fail-on")).isEqualTo("INPUT_FAIL-ON");
    assertThat(ActionInputs.variable("github-token")).isEqualTo("INPUT_GITHUB-TOKEN");
    assertThat(ActionInputs.variable("my input")).isEqualTo("INPUT_MY_INPUT");
  }

  @Test
  void emptyValuesMeanUnset() throws Exception {
    ActionInputs in = read(declared());
    assertThat(in.environment()).isEmpty();
    assertThat(in.version()).isEmpty();
    assertThat(in.config()).isEmpty();
    assertThat(in.githubToken()).isEmpty();
    assertThat(in.workingDirectory()).isEqualTo(".");
    assertThat(in.failOn()).isEqualTo(FailOn.BLOCKED);
    assertThat(in.prComment()).isEqualTo(PrCommentMode.AUTO);
    assertThat(in.checkRun()).isFalse();
    assertThat(in.jobSummary()).isTrue();
  }

  @Test
  void anUnderscoreSpellingIsNotTheInput() throws Exception {
    Map<String, String> m = declared();
    m.put("INPUT_FAIL_ON", "never");
    assertThat(read(m).failOn()).isEqualTo(FailOn.BLOCKED);
  }

  @ParameterizedTest
  @CsvSource({"true,true", "TRUE,true", "True,true", "false,false", "FaLsE,false"})
  void booleansInAnyCase(String value, boolean expected) throws Exception {
    Map<String, String> m = declared();
    m.put("INPUT_CHECK-RUN", value);
    assertThat(read(m).checkRun()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "1", "on", "ture"})
  void anythingElseIsAnErrorNamingTheInput(String value) {
    Map<String, String> m = declared();
    m.put("INPUT_JOB-SUMMARY", value);
    assertThatThrownBy(() -> read(m))
        .isInstanceOf(ActionInputException.class)
        .hasMessageContaining("input 'job-summary' is '" + value + "'")
        .hasMessageContaining("true or false");
  }

  @Test
  void everyBadInputIsReportedAtOnce() {
    Map<String, String> m = declared();
    m.put("INPUT_FAIL-ON", "always");
    m.put("INPUT_PR-COMMENT", "sometimes");
    m.put("INPUT_ANNOTATIONS", "maybe");
    assertThatThrownBy(() -> read(m))
        .isInstanceOfSatisfying(
            ActionInputException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(3)
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .contains("'fail-on' is 'always'")
                                .contains("blocked, critical, never"))
                    .anySatisfy(p -> assertThat(p).contains("'pr-comment'"))
                    .anySatisfy(p -> assertThat(p).contains("'annotations'")));
  }

  @Test
  void keywordsFromABlockScalarKeepWorking() throws Exception {
    Map<String, String> m = declared();
    m.put("INPUT_FAIL-ON", "Critical\n");
    m.put("INPUT_CHECK-RUN", "true\n");
    ActionInputs in = read(m);
    assertThat(in.failOn()).isEqualTo(FailOn.CRITICAL);
    assertThat(in.checkRun()).isTrue();
  }

  @Test
  void listsSplitOnCommasAndLineBreaks() throws Exception {
    Map<String, String> m = declared();
    m.put("INPUT_ONLY", "git, api:payments\nsystem.disk\n");
    m.put("INPUT_SKIP", "git.tag-absent\r\n\r\n");
    ActionInputs in = read(m);
    assertThat(in.only()).containsExactly("git", "api:payments", "system.disk");
    assertThat(in.skip()).containsExactly("git.tag-absent");
  }

  @Test
  void namesAndPathsAreVerbatimAndSurroundingWhitespaceIsRefused() {
    Map<String, String> m = declared();
    m.put("INPUT_VERSION", "v1.2.3\n");
    assertThatThrownBy(() -> read(m))
        .hasMessageContaining("input 'version' has leading or trailing whitespace ('v1.2.3\\n')");
  }

  @Test
  void theTokenIsStrippedForUse() throws Exception {
    Map<String, String> m = declared();
    m.put("INPUT_GITHUB-TOKEN", "ghs_abc123\n");
    assertThat(read(m).githubToken()).contains("ghs_abc123");
    assertThat(ActionInputs.rawToken(Environment.of(m))).contains("ghs_abc123\n");
  }

  @Test
  void failOnDecidesTheStepsExitCode() {
    var v = dev.releasesentinel.engine.Verdict.values();
    assertThat(FailOn.BLOCKED.exitCode(v[0])).isZero();
    assertThat(FailOn.BLOCKED.exitCode(v[1])).isEqualTo(1);
    assertThat(FailOn.BLOCKED.exitCode(v[2])).isEqualTo(2);
    assertThat(FailOn.CRITICAL.exitCode(v[1])).isZero();
    assertThat(FailOn.CRITICAL.exitCode(v[2])).isEqualTo(2);
    assertThat(FailOn.NEVER.exitCode(v[2])).isZero();
  }
}
