package dev.releasesentinel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.schedule.ScheduleDetails;
import dev.releasesentinel.checks.schedule.TimePoint;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WaitLoopTest {

  static final String START = "2026-06-05T10:00:00Z";
  FakeClock clock = new FakeClock(START);
  List<Set<CheckId>> reruns = new ArrayList<>();

  /** A wait of 30 minutes, a round every 30 seconds. */
  WaitPlan halfHour() {
    return new WaitPlan(
        Duration.ofSeconds(30), clock.now.plus(Duration.ofMinutes(30)), false, Healing.BY_FAMILY);
  }

  WaitLoop loop(Duration wait, Duration interval) {
    return new WaitLoop(
        clock, clock, new WaitPlan(interval, clock.now.plus(wait), false, Healing.BY_FAMILY));
  }

  /** A round: every check's result for the round number (1, 2, ...), no waivers. */
  WaitLoop.Evaluator rounds(Function<Integer, List<CheckResult>> byRound) {
    return (at, rerun) -> {
      reruns.add(rerun);
      List<CheckResult> all = byRound.apply(reruns.size());
      return all.stream()
          .filter(r -> rerun.isEmpty() || rerun.contains(r.id()))
          .map(Outcome::unchanged)
          .toList();
    };
  }

  static CheckResult frozenUntil(String name, String until) {
    return Results.of("schedule.freeze:" + name, Status.FAIL)
        .withDetails(Map.of(ScheduleDetails.CLEARS_AT, until));
  }

  @Test
  void anUpstreamThatHealsAfterThreeRoundsEndsSafeAndRecordsWhenItFirstPassed() {
    WaitResult r =
        loop(Duration.ofMinutes(30), Duration.ofSeconds(30))
            .run(
                rounds(
                    n ->
                        List.of(
                            Results.of("git.clean-tree", Status.PASS),
                            Results.of("api:payments", n < 3 ? Status.FAIL : Status.PASS))));

    assertThat(r.verdict()).isEqualTo(Verdict.SAFE);
    // round 3 passes with git kept from round 1, so round 4 runs every check at once
    assertThat(r.rounds())
        .extracting(Round::verdict)
        .containsExactly(Verdict.BLOCKED, Verdict.BLOCKED, Verdict.SAFE, Verdict.SAFE);
    assertThat(clock.sleeps)
        .containsExactly(
            Instant.parse("2026-06-05T10:00:30Z"), Instant.parse("2026-06-05T10:01:00Z"));
    assertThat(r.firstPassed())
        .containsEntry(CheckId.of("git.clean-tree"), Instant.parse(START))
        .containsEntry(CheckId.of("api:payments"), Instant.parse("2026-06-05T10:01:00Z"));
    // the first round runs everything, later rounds only what can heal, the confirming one all
    assertThat(reruns)
        .containsExactly(
            Set.of(),
            Set.of(CheckId.of("api:payments")),
            Set.of(CheckId.of("api:payments")),
            Set.of());
    assertThat(r.rounds().get(2).line())
        .isEqualTo("round 3 at 2026-06-05T10:01:00Z: SAFE; every check once more before SAFE");
    assertThat(r.last().line())
        .isEqualTo(
            "round 4 at 2026-06-05T10:01:00Z: SAFE; done: the gate passed, confirmed with every"
                + " check");
  }

  @Test
  void anUpstreamThatNeverHealsEndsAtTheEndOfTheWaitWithALastRoundThen() {
    WaitResult r =
        loop(Duration.ofMinutes(2), Duration.ofSeconds(45))
            .run(rounds(n -> List.of(Results.of("api:payments", Status.ERROR))));

    assertThat(r.verdict()).isEqualTo(Verdict.CRITICAL); // nothing was checked
    assertThat(clock.sleeps)
        .containsExactly(
            Instant.parse("2026-06-05T10:00:45Z"),
            Instant.parse("2026-06-05T10:01:30Z"),
            Instant.parse("2026-06-05T10:02:00Z"));
    assertThat(r.rounds()).hasSize(4);
    assertThat(r.reason()).isEqualTo("the wait ended at 2026-06-05T10:02:00Z");
  }

  @Test
  void aGitFailureEndsTheWaitAfterTheFirstRoundWithoutSleeping() {
    WaitResult r =
        loop(Duration.ofMinutes(30), Duration.ofSeconds(30))
            .run(
                rounds(
                    n ->
                        List.of(
                            Results.of("git.tag-absent", Status.FAIL),
                            Results.of("api:payments", Status.FAIL))));

    assertThat(r.rounds()).hasSize(1);
    assertThat(clock.sleeps).isEmpty();
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
    // check ids and own words only: the check's message is in the report, not in the reason
    assertThat(r.reason()).isEqualTo("git.tag-absent cannot heal by waiting");
  }

  @Test
  void aFreezeThatEndsWithinTheWaitIsSleptThroughInOneGo() {
    WaitResult r =
        loop(Duration.ofDays(3), Duration.ofSeconds(30))
            .run(
                rounds(
                    n ->
                        List.of(
                            Results.of("git.clean-tree", Status.PASS),
                            n == 1
                                ? frozenUntil("weekend", "2026-06-08T08:00:00+02:00")
                                : Results.of("schedule.freeze:weekend", Status.PASS))));

    assertThat(clock.sleeps).containsExactly(Instant.parse("2026-06-08T06:00:00Z"));
    assertThat(r.verdict()).isEqualTo(Verdict.SAFE);
    assertThat(r.rounds().get(0).line())
        .isEqualTo(
            "round 1 at 2026-06-05T10:00:00Z: BLOCKED by schedule.freeze:weekend; next round at"
                + " 2026-06-08T06:00:00Z");
  }

  @Test
  void aFreezeThatOutlastsTheWaitEndsItAtOnce() {
    WaitResult r =
        loop(Duration.ofHours(1), Duration.ofSeconds(30))
            .run(rounds(n -> List.of(frozenUntil("year-end", "2027-01-04T00:00:00+01:00"))));

    assertThat(r.rounds()).hasSize(1);
    assertThat(clock.sleeps).isEmpty();
    assertThat(r.reason())
        .isEqualTo(
            "schedule.freeze:year-end blocks until 2027-01-03T23:00:00Z, after the wait ends at"
                + " 2026-06-05T11:00:00Z");
  }

  @Test
  void aFreezeWithNoEndEndsTheWaitAtOnce() {
    WaitResult r =
        loop(Duration.ofHours(1), Duration.ofSeconds(30))
            .run(rounds(n -> List.of(Results.of("schedule.freeze:forever", Status.FAIL))));
    assertThat(r.rounds()).hasSize(1);
    assertThat(r.reason()).isEqualTo("schedule.freeze:forever has no end in sight");
  }

  @Test
  void aClosedWindowAndAFailingUpstreamSleepUntilTheWindowOpens() {
    WaitResult r =
        loop(Duration.ofHours(2), Duration.ofSeconds(30))
            .run(
                rounds(
                    n ->
                        n == 1
                            ? List.of(
                                Results.of("schedule.window", Status.FAIL)
                                    .withDetails(
                                        Map.of(
                                            ScheduleDetails.CLEARS_AT,
                                            "2026-06-05T12:30:00+02:00")),
                                Results.of("api:payments", Status.FAIL))
                            : List.of(
                                Results.of("schedule.window", Status.PASS),
                                Results.of("api:payments", Status.PASS))));
    assertThat(clock.sleeps).containsExactly(Instant.parse("2026-06-05T10:30:00Z"));
    assertThat(r.verdict()).isEqualTo(Verdict.SAFE);
  }

  @Test
  void aWaivedGitFailureDoesNotEndTheWait() {
    Waiver w = Waiver.inConfig("git", "known", TimePoint.parse("2026-06-30"), "alice", null, false);
    WaitLoop.Evaluator e =
        (at, rerun) -> {
          reruns.add(rerun);
          List<CheckResult> all =
              List.of(
                  Results.of("git.clean-tree", Status.FAIL),
                  Results.of("api:payments", reruns.size() < 2 ? Status.FAIL : Status.PASS));
          return Waivers.apply(
              all.stream().filter(x -> rerun.isEmpty() || rerun.contains(x.id())).toList(),
              List.of(w),
              at,
              ZoneId.of("UTC"));
        };
    WaitResult r = loop(Duration.ofMinutes(5), Duration.ofSeconds(30)).run(e);
    assertThat(r.verdict()).isEqualTo(Verdict.SAFE);
    // round 2 passes with git's waived FAIL kept from round 1; round 3 looks at everything
    assertThat(r.rounds()).hasSize(3);
    assertThat(r.rounds().get(1).decision()).isInstanceOf(Decision.Confirm.class);
    assertThat(reruns).containsExactly(Set.of(), Set.of(CheckId.of("api:payments")), Set.of());
  }

  @Test
  void stopEndsTheWaitAfterTheSleepWithTheLastRoundsVerdict() {
    WaitLoop[] holder = new WaitLoop[1];
    WaitLoop l =
        new WaitLoop(
            clock,
            until -> {
              clock.sleepUntil(until);
              holder[0].stop();
            },
            halfHour());
    holder[0] = l;
    WaitResult r = l.run(rounds(n -> List.of(Results.of("api:payments", Status.FAIL))));
    assertThat(r.rounds()).hasSize(1);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(r.reason()).isEqualTo("stopped before the wait ended");
  }

  @Test
  void anInterruptedSleepEndsTheWaitTheSameWay() {
    WaitLoop l =
        new WaitLoop(
            clock,
            until -> {
              throw new InterruptedException();
            },
            halfHour());
    WaitResult r = l.run(rounds(n -> List.of(Results.of("api:payments", Status.FAIL))));
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void eachRoundIsHeardOnceBeforeItsSleepWithOnlyTheChecksThatBlock() {
    List<String> heard = new ArrayList<>();
    WaitLoop l =
        new WaitLoop(
            clock,
            until -> {
              heard.add("sleep");
              clock.sleepUntil(until);
            },
            halfHour(),
            round -> heard.add(round.line()));
    l.run(
        rounds(
            n ->
                List.of(
                    Results.of("system.disk", Status.FAIL).withSeverity(Severity.WARN),
                    Results.of("api:payments", n < 2 ? Status.FAIL : Status.PASS))));
    // a FAIL that does not block is not named as a blocker
    assertThat(heard)
        .containsExactly(
            "round 1 at 2026-06-05T10:00:00Z: BLOCKED by api:payments; next round at"
                + " 2026-06-05T10:00:30Z",
            "sleep",
            "round 2 at 2026-06-05T10:00:30Z: SAFE; done: the gate passed");
  }

  @Test
  void aKeptCheckThatFailsWhenTheSafeRoundIsConfirmedEndsTheWaitBlocked() {
    // Round 2 passes with git kept from round 1; meanwhile the release tag was pushed, so the
    // confirming round finds git.tag-absent failing, which cannot heal.
    WaitResult r =
        loop(Duration.ofMinutes(30), Duration.ofSeconds(30))
            .run(
                rounds(
                    n ->
                        List.of(
                            Results.of("git.tag-absent", n < 3 ? Status.PASS : Status.FAIL),
                            Results.of("api:payments", n < 2 ? Status.FAIL : Status.PASS))));
    assertThat(r.rounds())
        .extracting(Round::verdict)
        .containsExactly(Verdict.BLOCKED, Verdict.SAFE, Verdict.BLOCKED);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(r.reason()).isEqualTo("git.tag-absent cannot heal by waiting");
  }

  @Test
  void whenEveryCheckCanHealNothingIsKeptAndNoRoundIsAddedToConfirm() {
    WaitResult r =
        loop(Duration.ofMinutes(30), Duration.ofSeconds(30))
            .run(
                rounds(
                    n -> List.of(Results.of("api:payments", n < 2 ? Status.FAIL : Status.PASS))));
    assertThat(r.rounds()).hasSize(2);
    assertThat(r.verdict()).isEqualTo(Verdict.SAFE);
  }

  @Test
  void aStopBeforeASafeIsConfirmedIsNotSafe() {
    WaitLoop[] holder = new WaitLoop[1];
    WaitLoop l =
        new WaitLoop(
            clock,
            clock,
            halfHour(),
            round -> {
              if (round.decision() instanceof Decision.Confirm) {
                holder[0].stop(); // SIGTERM right after round 2 passed with git kept
              }
            });
    holder[0] = l;
    WaitResult r =
        l.run(
            rounds(
                n ->
                    List.of(
                        Results.of("git.clean-tree", Status.PASS),
                        Results.of("api:payments", n < 2 ? Status.FAIL : Status.PASS))));
    assertThat(r.rounds()).hasSize(2);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(r.reason())
        .isEqualTo("stopped before the wait ended, before round 2's SAFE was confirmed");
  }

  @Test
  void aStopDuringARoundThatPassesIsNotSafe() {
    // The stop comes while the first round runs: its checks may have been cut short (an ERROR
    // a waiver accepts), so its SAFE is not trusted.
    WaitLoop[] holder = new WaitLoop[1];
    WaitLoop l = new WaitLoop(clock, clock, halfHour());
    holder[0] = l;
    WaitResult r =
        l.run(
            (at, rerun) -> {
              holder[0].stop();
              return List.of(Outcome.unchanged(Results.of("api:payments", Status.PASS)));
            });
    assertThat(r.rounds()).hasSize(1);
    assertThat(r.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(r.reason()).isEqualTo("stopped during round 1, so its SAFE is not trusted");
  }
}
