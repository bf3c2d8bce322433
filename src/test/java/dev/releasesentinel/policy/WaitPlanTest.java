package dev.releasesentinel.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaitPlanTest {

  static final Instant NOW = Instant.parse("2026-06-05T10:00:00Z");
  static final WaitPlan PLAN =
      new WaitPlan(
          Duration.ofSeconds(30), NOW.plus(Duration.ofMinutes(10)), false, Healing.BY_FAMILY);

  @ParameterizedTest(name = "{0} can heal: {1}")
  @CsvSource({
    "api:payments, true",
    "system.disk:/, true",
    "schedule.window, true",
    "prometheus.query:errors, true",
    "alertmanager.alerts:page, true",
    "git.clean-tree, false",
    "env.secret:TOKEN, false",
    "release.manifest:pom.xml, false",
    "config, false",
    "kubernetes.rollout:web, false",
  })
  void livestateHealsAndEverythingElseDoesNot(String id, boolean heals) {
    assertThat(Healing.BY_FAMILY.canHeal(CheckId.of(id))).isEqualTo(heals);
  }

  @Test
  void aFailingWarnSeverityCheckDoesNotKeepTheWaitGoing() {
    Decision d =
        PLAN.decide(
            List.of(
                Outcome.unchanged(Results.of("api:a", Status.PASS)),
                Outcome.unchanged(
                    Results.of(
                        "git.branch", Status.FAIL, dev.releasesentinel.engine.Severity.WARN))),
            NOW);
    assertThat(d).isEqualTo(new Decision.Finish(Verdict.SAFE, "the gate passed"));
  }

  @Test
  void theSleepIsCappedByTheEndOfTheWait() {
    WaitPlan plan =
        new WaitPlan(
            Duration.ofMinutes(5), NOW.plus(Duration.ofMinutes(2)), false, Healing.BY_FAMILY);
    Decision d = plan.decide(List.of(Outcome.unchanged(Results.of("api:a", Status.FAIL))), NOW);
    assertThat(d)
        .isEqualTo(new Decision.Sleep(NOW.plus(Duration.ofMinutes(2)), "the next round in 5m"));
  }

  @Test
  void aRunWithOnlySkipsCannotHeal() {
    Decision d = PLAN.decide(List.of(Outcome.unchanged(Results.of("api:a", Status.SKIP))), NOW);
    assertThat(d)
        .isEqualTo(
            new Decision.Finish(
                Verdict.CRITICAL, "nothing was checked, and waiting cannot change that"));
  }

  @Test
  void theIntervalMustBePositive() {
    assertThatThrownBy(() -> new WaitPlan(Duration.ZERO, NOW, false, Healing.BY_FAMILY))
        .hasMessage("the interval must be positive");
  }
}
