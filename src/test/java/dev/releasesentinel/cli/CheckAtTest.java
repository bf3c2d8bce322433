package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check --at TIME}: the schedule judged at that instant, for planning (docs/cli.md). */
class CheckAtTest {

  @TempDir Path repo;

  @BeforeEach
  void config() throws Exception {
    Files.writeString(
        repo.resolve(".release-sentinel.yml"),
        """
        schedule:
          timezone: Europe/Berlin
          windows:
            - { days: [mon, tue, wed, thu], from: "09:00", to: "16:00" }
          freezes:
            - { name: year-end, from: 2026-12-20, to: 2027-01-04 }
            - { name: weekend, cron-start: "0 16 * * 5", cron-end: "0 8 * * 1" }
        """);
  }

  CliRun check(String at) {
    return CliRun.run(Families.all(), Map.of(), "check", "-C", repo.toString(), "--at", at);
  }

  @Test
  void canWeDeployOnFridayAtFive() {
    CliRun r = check("2026-12-11T17:00:00+01:00");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out())
        .containsPattern("FAIL +schedule\\.window")
        .contains("next window opens Mon 09:00 CET")
        .containsPattern("FAIL +schedule\\.freeze:weekend")
        .containsPattern("PASS +schedule\\.freeze:year\\-end");
  }

  @Test
  void insideTheYearEndFreeze() {
    CliRun r = check("2026-12-21T10:00:00Z");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("frozen until Mon 2027-01-04 00:00 CET");
  }

  @Test
  void aTuesdayMorningInJanuaryIsSafe() {
    CliRun r = check("2027-01-05 10:00:00+01:00");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("SAFE");
  }

  @Test
  void aTimeWithoutAnOffsetIsAUsageError() {
    CliRun r = check("2026-12-11T17:00:00");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("--at '2026-12-11T17:00:00' is not an RFC 3339 time with an offset")
        .doesNotContain("Exception");
  }

  /** The shipped example: its calendar's weekly event blocks, except on the EXDATE. */
  @ParameterizedTest
  @CsvSource({
    "2026-12-07T14:30:00+01:00, FAIL    schedule.freeze:holidays",
    "2026-04-06T14:30:00+02:00, PASS    schedule.freeze:holidays",
    "2026-04-13T14:30:00+02:00, FAIL    schedule.freeze:holidays"
  })
  void theExampleCalendarHonoursItsRecurrenceAndExceptionDate(String at, String line) {
    CliRun r =
        CliRun.run(
            Families.all(),
            Map.of(),
            "check",
            "-c",
            "examples/schedule/release-sentinel.yml",
            "--only",
            "schedule.freeze:holidays",
            "--at",
            at);
    assertThat(r.out()).as(r.err()).contains(line);
  }
}
