package dev.releasesentinel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.schedule.TimePoint;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PolicyVerdictTest {

  static final ZoneId UTC = ZoneId.of("UTC");
  static final Instant NOW = Instant.parse("2026-12-20T10:00:00Z");

  static Waiver waive(String check, boolean critical) {
    return Waiver.inConfig(check, "reason", TimePoint.parse("2026-12-31"), "alice", null, critical);
  }

  @Test
  void waivedFailuresDoNotBlock() {
    List<Outcome> o =
        Waivers.apply(
            List.of(
                Results.of("git.clean-tree", Status.PASS), Results.of("api:payments", Status.FAIL)),
            List.of(waive("api", false)),
            NOW,
            UTC);
    assertThat(PolicyVerdict.of(o, false)).isEqualTo(Verdict.SAFE);
  }

  @Test
  void aRunWhoseOnlyAnswersAreWaivedErrorsCheckedNothing() {
    List<Outcome> o =
        Waivers.apply(
            List.of(Results.of("api:a", Status.ERROR), Results.of("api:b", Status.ERROR)),
            List.of(waive("api", false)),
            NOW,
            UTC);
    assertThat(o).allMatch(Outcome::waived);
    assertThat(PolicyVerdict.of(o, false)).isEqualTo(Verdict.CRITICAL);
  }

  @Test
  void aWaivedFailIsAnAnswerSoTheRunCheckedSomething() {
    List<Outcome> o =
        Waivers.apply(
            List.of(Results.of("api:a", Status.FAIL)), List.of(waive("api", false)), NOW, UTC);
    assertThat(PolicyVerdict.of(o, false)).isEqualTo(Verdict.SAFE);
  }

  /** Generated runs and waivers: waivers never make SAFE a run that checked nothing. */
  @Test
  void waiversNeverTurnNothingCheckedIntoSafe() {
    Random r = new Random(16);
    // what checks end in; WAIVED is what the waivers make of them
    Status[] statuses =
        java.util.Arrays.stream(Status.values())
            .filter(s -> s != Status.WAIVED)
            .toArray(Status[]::new);
    String[] ids = {"git.clean-tree", "env.required:A", "api:a", "api:b", "system.memory"};
    for (int i = 0; i < 5_000; i++) {
      List<CheckResult> results = new ArrayList<>();
      List<Waiver> waivers = new ArrayList<>();
      for (String id : ids) {
        if (r.nextBoolean()) {
          Severity sev = Severity.values()[r.nextInt(3)];
          results.add(Results.of(id, statuses[r.nextInt(statuses.length)], sev));
        }
        if (r.nextInt(3) == 0) {
          waivers.add(waive(r.nextBoolean() ? id : id.split("[.:]")[0], r.nextBoolean()));
        }
      }
      List<Outcome> o = Waivers.apply(results, waivers, NOW, UTC);
      boolean answered =
          results.stream()
              .anyMatch(
                  x ->
                      x.status() == Status.PASS
                          || x.status() == Status.WARN
                          || x.status() == Status.FAIL);
      if (!answered) {
        assertThat(PolicyVerdict.of(o, false))
            .as("%s / %s", results, waivers)
            .isEqualTo(Verdict.CRITICAL);
      }
      // a waiver only ever lowers the verdict, and only by waiving failures
      assertThat(PolicyVerdict.of(o, false).ordinal())
          .isLessThanOrEqualTo(Math.max(Verdict.of(results, false).ordinal(), answered ? 0 : 2));
      for (int k = 0; k < results.size(); k++) {
        if (o.get(k).waived()) {
          assertThat(results.get(k).status().isFailure()).isTrue();
          assertThat(
                  results.get(k).severity() != Severity.CRITICAL
                      || o.get(k).waiver().orElseThrow().critical())
              .isTrue();
        }
      }
    }
  }
}
