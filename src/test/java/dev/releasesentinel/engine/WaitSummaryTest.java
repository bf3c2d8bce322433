package dev.releasesentinel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rounds of a wait as the report carries them. */
class WaitSummaryTest {

  static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");
  static final CheckId API = CheckId.of("api:payments");
  static final CheckId GIT = CheckId.of("git.clean-tree");

  static WaitSummary healed() {
    return new WaitSummary(
        T0.plusSeconds(300),
        Duration.ofSeconds(30),
        List.of(
            new WaitSummary.Round(1, T0, Verdict.BLOCKED, List.of(API)),
            new WaitSummary.Round(2, T0.plusSeconds(31), Verdict.BLOCKED, List.of(API)),
            new WaitSummary.Round(3, T0.plusSeconds(62), Verdict.SAFE, List.of())),
        Map.of(API, T0.plusSeconds(62)),
        "the gate passed");
  }

  static RunReport report() {
    return new RunReport(
        "0.2.0",
        Verdict.BLOCKED,
        false,
        Optional.empty(),
        Optional.empty(),
        new RunReport.Repository(".", Optional.empty(), Optional.empty()),
        T0.plusSeconds(62),
        Duration.ofMillis(80),
        List.of(
            new CheckResult(API, Status.PASS, Severity.BLOCK, "200", Map.of(), Duration.ZERO, 1)),
        List.of("a note"));
  }

  @Test
  void theSpanRunsFromTheFirstRoundToTheLastAndHealedNamesWhatStoppedBlocking() {
    WaitSummary w = healed();
    assertThat(w.span()).isEqualTo(Duration.ofSeconds(62));
    assertThat(w.last().number()).isEqualTo(3);
    assertThat(w.healed()).containsExactly(API);
  }

  @Test
  void aCheckStillBlockingInTheLastRoundHasNotHealed() {
    WaitSummary w =
        new WaitSummary(
            T0.plusSeconds(60),
            Duration.ofSeconds(30),
            List.of(
                new WaitSummary.Round(1, T0, Verdict.BLOCKED, List.of(API, GIT)),
                new WaitSummary.Round(2, T0.plusSeconds(60), Verdict.BLOCKED, List.of(API))),
            Map.of(GIT, T0.plusSeconds(60)),
            "the wait ended at 2026-11-30T12:01:00Z");
    assertThat(w.healed()).containsExactly(GIT);
  }

  @Test
  void aWaitHasAtLeastOneRoundAndIsNotChangedByTheCaller() {
    assertThatThrownBy(() -> new WaitSummary(T0, Duration.ofSeconds(1), List.of(), Map.of(), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> healed().rounds().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> healed().firstPassed().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aReportWithoutWaitingHasNoWaitAndWithWaitTakesTheWaitsVerdict() {
    RunReport r = report();
    assertThat(r.waiting()).isEmpty();
    RunReport waited = r.withWait(Verdict.SAFE, healed());
    assertThat(waited.verdict()).isEqualTo(Verdict.SAFE);
    assertThat(waited.waiting()).contains(healed());
    assertThat(waited.results()).isEqualTo(r.results());
    assertThat(waited.notes()).containsExactly("a note");
  }

  @Test
  void theWaitSurvivesEveryCopyOfTheReportAndRedactionLeavesItAlone() {
    RunReport waited = report().withWait(Verdict.SAFE, healed());
    assertThat(waited.mapText(s -> "***").waiting()).contains(healed());
    assertThat(waited.withCommit("a338905").waiting()).contains(healed());
    assertThat(waited.withUnselected(new RunReport.Unselected(2, "--only api")).waiting())
        .contains(healed());
  }
}
