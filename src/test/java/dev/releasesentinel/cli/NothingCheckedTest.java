package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.FakeCheck;
import dev.releasesentinel.testing.FakeFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run in which no check reached PASS, WARN or FAIL is CRITICAL, in every output. */
class NothingCheckedTest {

  @TempDir Path repo;

  static final String CONFIG = "git:\n  version: { required: false }\n";

  @ParameterizedTest(name = "--format {0}")
  @ValueSource(strings = {"text", "json", "junit", "markdown"})
  void everySelectedCheckSkippedIsCriticalInEveryFormat(String format) throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), CONFIG);
    Path report = repo.resolve("out/r." + format);
    CliRun r =
        CliRun.run(
            Families.all(),
            Map.of(),
            "check",
            "-C",
            repo.toString(),
            "--only",
            "git.tag-absent",
            "--format",
            format,
            "--report",
            format + "=" + report);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).containsIgnoringCase("critical").contains("nothing was checked");
    assertThat(Files.readString(report))
        .containsIgnoringCase("critical")
        .contains("nothing was checked");
  }

  @Test
  void quietStillSaysWhy() throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), CONFIG);
    CliRun r =
        CliRun.run(
            Families.all(),
            Map.of(),
            "check",
            "-C",
            repo.toString(),
            "-q",
            "--only",
            "git.tag-absent");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out())
        .startsWith("CRITICAL: nothing was checked: 1 skipped (git.tag-absent: no release version")
        .contains("; 4 not selected (--only git.tag-absent)");
  }

  @Test
  void checksThatAllCouldNotRunCheckedNothingEvenWhenTheyOnlyWarn() {
    List<Family> f =
        List.of(
            FakeFamily.of(
                FakeCheck.of("api:a", Status.ERROR)
                    .severity(dev.releasesentinel.engine.Severity.WARN)
                    .message("timeout"),
                FakeCheck.of("api:b", Status.SKIP).message("--skip")));
    CliRun r = CliRun.run(f, Map.of(), "check", "-C", repo.toString(), "--format", "json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out())
        .contains("\"verdict\": \"CRITICAL\"")
        .contains(
            "\"reason\": \"nothing was checked: no check reached PASS, WARN or FAIL (1 skipped:"
                + " api:b; 1 could not run: api:a)");
  }

  @Test
  void inActionModeTheOutputsTheAnnotationAndTheSummarySayCritical(@TempDir Path tmp) {
    ActionHarness gh = new ActionHarness(tmp).config(CONFIG).input("only", "git.tag-absent");
    ActionHarness.Run r = gh.run(Families.all());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.outputs()).containsEntry("verdict", "CRITICAL").containsEntry("exit-code", "2");
    assertThat(r.commands("error"))
        .anySatisfy(c -> assertThat(c.data()).startsWith("nothing was checked: "));
    assertThat(r.summary()).contains("CRITICAL").contains("nothing was checked");
    assertThat(r.reportFile()).contains("\"reason\": \"nothing was checked");
  }
}
