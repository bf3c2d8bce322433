package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Source;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnotationsTest {

  private static final Path WS = Path.of("/github/workspace");

  static CheckResult r(String id, Status s, Severity sev, String msg) {
    return new CheckResult(CheckId.of(id), s, sev, msg, Map.of(), Duration.ZERO, 1);
  }

  static RunReport report(List<CheckResult> results) {
    return new RunReport(
        "0.1.0",
        Verdict.of(results, false),
        false,
        Optional.empty(),
        Optional.empty(),
        new RunReport.Repository(".", Optional.empty(), Optional.empty()),
        Instant.EPOCH,
        Duration.ZERO,
        results,
        List.of());
  }

  @Test
  void criticalBeforeBlockingAndFailBeforeErrorThenWarnings() {
    RunReport rep =
        report(
            List.of(
                r("system.memory", Status.WARN, Severity.BLOCK, "memory 88%"),
                r("git.branch", Status.ERROR, Severity.BLOCK, "cannot tell"),
                r("env.optional:X", Status.FAIL, Severity.WARN, "not blocking"),
                r("git.tag-absent", Status.FAIL, Severity.BLOCK, "tag exists"),
                r("api:ledger", Status.ERROR, Severity.CRITICAL, "unset var"),
                r("api:pay", Status.FAIL, Severity.CRITICAL, "503"),
                r("git.clean-tree", Status.PASS, Severity.BLOCK, "clean")));
    List<Annotation> a = Annotations.of(rep, WS);
    assertThat(a)
        .extracting(Annotation::title)
        .containsExactly(
            "api:pay",
            "api:ledger",
            "git.tag-absent",
            "git.branch",
            "env.optional:X",
            "system.memory");
    assertThat(a)
        .extracting(Annotation::level)
        .containsExactly(
            Annotation.Level.ERROR,
            Annotation.Level.ERROR,
            Annotation.Level.ERROR,
            Annotation.Level.ERROR,
            Annotation.Level.WARNING,
            Annotation.Level.WARNING);
    assertThat(a.get(0).message()).isEqualTo("503 (FAIL, severity critical)");
    assertThat(a.get(5).message()).isEqualTo("memory 88%");
  }

  @Test
  void theTenthErrorCountsTheRest() {
    List<CheckResult> results = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      results.add(r(String.format("env.required:V%02d", i), Status.FAIL, Severity.BLOCK, "unset"));
    }
    List<Annotation> a = Annotations.of(report(results), WS);
    assertThat(a).hasSize(10);
    assertThat(a.get(9).message())
        .startsWith("unset (FAIL, severity block)\n... and 4 more errors")
        .contains("env.required:V11, env.required:V12, env.required:V13, env.required:V14");
    assertThat(a.get(8).message()).doesNotContain("more");
  }

  @Test
  void longMessagesAreCutUnderTheRunnersLimitKeepingTheCount() {
    List<CheckResult> results = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      results.add(r("api:e" + i, Status.FAIL, Severity.BLOCK, "x".repeat(10_000)));
    }
    List<Annotation> a = Annotations.of(report(results), WS);
    assertThat(a).allSatisfy(x -> assertThat(x.message().length()).isLessThanOrEqualTo(4096));
    assertThat(a.get(9).message()).contains("[cut]").contains("... and 1 more errors");
  }

  @Test
  void pointsAtTheConfigLineRelativeToTheWorkspace() {
    RunReport rep =
        report(
            List.of(
                r("git.tag-absent", Status.FAIL, Severity.BLOCK, "exists")
                    .withCheck(
                        "",
                        Optional.of(
                            new Source("/github/workspace/deploy/.release-sentinel.yml", 12, 3)))));
    Annotation a = Annotations.of(rep, WS).get(0);
    assertThat(a.file()).contains("deploy/.release-sentinel.yml");
    assertThat(a.line()).isEqualTo(12);
    assertThat(a.column()).isEqualTo(3);
  }

  @Test
  void aConfigOutsideTheWorkspaceGivesNoFile() {
    assertThat(Annotations.relative("/etc/rs.yml", WS)).isEmpty();
    assertThat(Annotations.relative("", WS)).isEmpty();
  }
}
