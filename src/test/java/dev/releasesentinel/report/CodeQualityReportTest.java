package dev.releasesentinel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Source;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.testing.SampleReports;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GitLab Code Quality as a job's artifacts:reports:codequality holds it: an array of issues with
 * description, check_name, fingerprint, severity and location (path, lines.begin).
 */
class CodeQualityReportTest {

  private static final Set<String> SEVERITIES =
      Set.of("info", "minor", "major", "critical", "blocker");

  static JsonNode render(RunReport r) throws Exception {
    JsonNode issues = new ObjectMapper().readTree(new CodeQualityReport().render(r));
    assertThat(issues.isArray()).isTrue();
    for (JsonNode i : issues) {
      assertThat(i.get("description").asText()).isNotBlank();
      assertThat(i.get("check_name").asText()).isNotBlank();
      assertThat(i.get("fingerprint").asText()).hasSize(64);
      assertThat(SEVERITIES).contains(i.get("severity").asText());
      assertThat(i.at("/location/path").asText()).isNotBlank().doesNotStartWith("/");
      assertThat(i.at("/location/lines/begin").asInt()).isPositive();
    }
    return issues;
  }

  @Test
  void oneIssuePerMissAtItsConfigLine() throws Exception {
    JsonNode issues = render(SampleReports.blocked());
    assertThat(issues)
        .extracting(i -> i.get("check_name").asText())
        .containsExactly("git.tag-absent", "env.required:LOG_LEVEL", "api:ledger");
    assertThat(issues.at("/0/location/path").asText()).isEqualTo("deploy/.release-sentinel.yml");
    assertThat(issues.at("/0/location/lines/begin").asInt()).isEqualTo(7);
    assertThat(issues).extracting(i -> i.get("fingerprint").asText()).doesNotHaveDuplicates();
  }

  @Test
  void aSafeRunWithoutMissesIsAnEmptyArray() throws Exception {
    RunReport r =
        report(List.of(result("git.branch", Status.PASS, Severity.BLOCK, "on main")), false);
    assertThat(render(r)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "FAIL, CRITICAL, false, blocker",
    "ERROR, CRITICAL, false, blocker",
    "FAIL, BLOCK, false, critical",
    "ERROR, BLOCK, false, critical",
    "FAIL, WARN, false, minor",
    "WARN, CRITICAL, false, info",
    "WARN, BLOCK, true, critical",
  })
  void severityFollowsWhatTheResultDoesToTheVerdict(
      Status status, Severity severity, boolean strict, String expected) throws Exception {
    RunReport r = report(List.of(result("x.y", status, severity, "m")), strict);
    assertThat(render(r).at("/0/severity").asText()).isEqualTo(expected);
  }

  @Test
  void theFingerprintIsStableAcrossMessagesAndLines() throws Exception {
    CheckResult a =
        result("api:pay", Status.FAIL, Severity.BLOCK, "503")
            .withCheck("", Optional.of(new Source(".release-sentinel.yml", 4, 3)));
    CheckResult b =
        result("api:pay", Status.ERROR, Severity.BLOCK, "timed out")
            .withCheck("", Optional.of(new Source(".release-sentinel.yml", 9, 3)));
    assertThat(render(report(List.of(a), false)).at("/0/fingerprint"))
        .isEqualTo(render(report(List.of(b), false)).at("/0/fingerprint"));
  }

  private static CheckResult result(String id, Status s, Severity sev, String message) {
    return new CheckResult(CheckId.of(id), s, sev, message, Map.of(), Duration.ZERO, 1);
  }

  private static RunReport report(List<CheckResult> results, boolean strict) {
    return new RunReport(
        "0.1.0",
        Verdict.of(results, strict),
        strict,
        Optional.empty(),
        Optional.empty(),
        new RunReport.Repository(".", Optional.empty(), Optional.empty()),
        SampleReports.STARTED,
        Duration.ofMillis(5),
        results,
        List.of());
  }
}
