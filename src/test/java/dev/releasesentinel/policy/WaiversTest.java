package dev.releasesentinel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.schedule.TimePoint;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaiversTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Waiver PAYMENTS =
      Waiver.inConfig(
          "api:payments",
          "INC-4711: payments sandbox down, fix must ship",
          TimePoint.parse("2026-12-31"),
          "alice",
          "INC-4711",
          false);

  static Outcome apply(CheckResult r, Waiver w, String now) {
    return Waivers.apply(List.of(r), List.of(w), Instant.parse(now), BERLIN).get(0);
  }

  @Test
  void aFailOrErrorOfAWaivedCheckIsWaivedWithTheWaiverInItsDetails() {
    for (Status s : List.of(Status.FAIL, Status.ERROR)) {
      Outcome o = apply(Results.of("api:payments", s), PAYMENTS, "2026-12-20T10:00:00Z");
      assertThat(o.effect()).isEqualTo(Outcome.Effect.WAIVED);
      assertThat(o.statusName()).isEqualTo("WAIVED");
      assertThat(o.result().status()).isEqualTo(s);
      assertThat(o.result().details().get("waiver"))
          .isEqualTo(
              Map.of(
                  "check", "api:payments",
                  "reason", "INC-4711: payments sandbox down, fix must ship",
                  "by", "alice",
                  "expires", "2026-12-31",
                  "ticket", "INC-4711",
                  "critical", false,
                  "origin", "config"));
    }
  }

  @Test
  void passWarnAndSkipAreLeftAlone() {
    for (Status s : List.of(Status.PASS, Status.WARN, Status.SKIP)) {
      assertThat(apply(Results.of("api:payments", s), PAYMENTS, "2026-12-20T10:00:00Z"))
          .isEqualTo(Outcome.unchanged(Results.of("api:payments", s)));
    }
  }

  @Test
  void aPrefixWaivesLikeOnlyAndNeverAcrossASegment() {
    Waiver api = Waiver.inConfig("api", "r", TimePoint.parse("2026-12-31"), "bob", null, false);
    Waiver pay = Waiver.inConfig("api:pay", "r", TimePoint.parse("2026-12-31"), "bob", null, false);
    Instant now = Instant.parse("2026-12-20T10:00:00Z");
    assertThat(
            Waivers.apply(
                List.of(Results.of("api:payments", Status.FAIL)), List.of(api), now, BERLIN))
        .extracting(Outcome::effect)
        .containsExactly(Outcome.Effect.WAIVED);
    assertThat(
            Waivers.apply(
                List.of(Results.of("api:payments", Status.FAIL)), List.of(pay), now, BERLIN))
        .extracting(Outcome::effect)
        .containsExactly(Outcome.Effect.NONE);
  }

  @Test
  void theMostSpecificWaiverWins() {
    Waiver api =
        Waiver.inConfig("api", "all apis", TimePoint.parse("2026-12-31"), "bob", null, false);
    Instant now = Instant.parse("2026-12-20T10:00:00Z");
    Outcome o =
        Waivers.apply(
                List.of(Results.of("api:payments", Status.FAIL)),
                List.of(api, PAYMENTS),
                now,
                BERLIN)
            .get(0);
    assertThat(o.waiver()).contains(PAYMENTS);
  }

  @ParameterizedTest(name = "{0}: a date waiver in {1} is applied at {2}: {3}")
  @CsvSource({
    // Berlin's midnight comes first (23:00 UTC): the waiver ends then
    "Berlin last second, Europe/Berlin,    2026-12-31T22:59:59Z, WAIVED",
    "Berlin midnight,    Europe/Berlin,    2026-12-31T23:00:00Z, EXPIRED",
    // New York's midnight comes after UTC's: UTC midnight ends it
    "UTC last second,    America/New_York, 2026-12-31T23:59:59Z, WAIVED",
    "UTC midnight,       America/New_York, 2027-01-01T00:00:00Z, EXPIRED",
    "UTC,                UTC,              2027-01-01T00:00:00Z, EXPIRED",
  })
  void aDateIsTheLastDayAndEndsAtTheEarlierMidnightOfTheZoneAndUtc(
      String what, String zone, String now, Outcome.Effect effect) {
    Outcome o =
        Waivers.apply(
                List.of(Results.of("api:payments", Status.FAIL)), List.of(PAYMENTS),
                Instant.parse(now), ZoneId.of(zone))
            .get(0);
    assertThat(o.effect()).isEqualTo(effect);
  }

  @Test
  void anExactTimeEndsExactly() {
    Waiver w =
        Waiver.inConfig(
            "api:payments",
            "r",
            TimePoint.parse("2026-12-31T18:00:00+01:00"),
            "alice",
            null,
            false);
    assertThat(apply(Results.of("api:payments", Status.FAIL), w, "2026-12-31T16:59:59Z").effect())
        .isEqualTo(Outcome.Effect.WAIVED);
    assertThat(apply(Results.of("api:payments", Status.FAIL), w, "2026-12-31T17:00:00Z").effect())
        .isEqualTo(Outcome.Effect.EXPIRED);
  }

  @Test
  void anExpiredWaiverIsNotAppliedAndTheMessageSaysSo() {
    Outcome o = apply(Results.of("api:payments", Status.FAIL), PAYMENTS, "2027-01-02T10:00:00Z");

    assertThat(o.effect()).isEqualTo(Outcome.Effect.EXPIRED);
    assertThat(o.result().status()).isEqualTo(Status.FAIL);
    assertThat(o.result().message())
        .isEqualTo(
            "api:payments fail; waiver expired on 2026-12-31 (alice, INC-4711): renew it or fix"
                + " the check");
    assertThat(o.result().blocks(false)).isTrue();
  }

  @Test
  void aCriticalCheckNeedsCriticalTrue() {
    CheckResult critical = Results.of("api:payments", Status.FAIL, Severity.CRITICAL);
    Outcome refused = apply(critical, PAYMENTS, "2026-12-20T10:00:00Z");
    assertThat(refused.effect()).isEqualTo(Outcome.Effect.NOT_CRITICAL);
    assertThat(refused.result().message())
        .endsWith(
            "; waiver by alice, INC-4711 not applied: api:payments is critical and the waiver"
                + " does not say critical: true");

    Waiver yes =
        Waiver.inConfig("api:payments", "r", TimePoint.parse("2026-12-31"), "alice", null, true);
    assertThat(apply(critical, yes, "2026-12-20T10:00:00Z").effect())
        .isEqualTo(Outcome.Effect.WAIVED);
  }

  @Test
  void aWaiverForThisRunNeverExpiresDuringTheRun() {
    Waiver w = Waiver.forThisRun("api", "hotfix for INC-1", "ci-bot", false);
    Outcome o = apply(Results.of("api:payments", Status.ERROR), w, "2099-01-01T00:00:00Z");
    assertThat(o.effect()).isEqualTo(Outcome.Effect.WAIVED);
    assertThat(o.result().details().get("waiver").toString())
        .contains("expires=end of this run", "origin=this run");
  }

  @Test
  void aDateWaiverInBerlinEndsAtBerlinsMidnight() {
    assertThat(PAYMENTS.expiresAt(BERLIN)).contains(Instant.parse("2026-12-31T23:00:00Z"));
  }

  @Test
  void aWaiverTooFarAheadYieldsToOneWithinTheLimitAndAloneIsNotApplied() {
    // The too-far waiver is the more specific one: it would win on specificity alone.
    Waiver far =
        Waiver.inConfig(
            "api:payments", "specific", TimePoint.parse("2027-03-01"), "bob", null, false);
    Waiver broad =
        Waiver.inConfig("api", "broad", TimePoint.parse("2026-12-31"), "carol", null, false);
    Instant now = Instant.parse("2026-12-20T10:00:00Z");
    CheckResult fail = Results.of("api:payments", Status.FAIL);
    // 2027-03-01 is 71 days ahead: over a limit of 30; 2026-12-31 (11 days) is within it
    Outcome both = Waivers.apply(List.of(fail), List.of(far, broad), now, BERLIN, 30).get(0);
    assertThat(both.effect()).isEqualTo(Outcome.Effect.WAIVED);
    assertThat(both.waiver()).contains(broad);
    Outcome alone = Waivers.apply(List.of(fail), List.of(far), now, BERLIN, 30).get(0);
    assertThat(alone.effect()).isEqualTo(Outcome.Effect.TOO_FAR);
    assertThat(alone.result().status()).isEqualTo(Status.FAIL);
    assertThat(alone.result().message())
        .endsWith(
            "; waiver by bob not applied: it expires on 2027-03-01, 71 days ahead, more than"
                + " policy.max-waiver-days (30): shorten it");
    assertThat(Waivers.apply(List.of(fail), List.of(far), now, BERLIN, 71).get(0).waived())
        .isTrue();
  }

  @Test
  void onACriticalCheckTheMessageNamesWhatWouldMakeAWaiverApply() {
    Instant now = Instant.parse("2026-12-20T10:00:00Z");
    CheckResult critical =
        Results.of("api:payments", Status.FAIL)
            .withSeverity(dev.releasesentinel.engine.Severity.CRITICAL);
    Waiver nearNotCritical =
        Waiver.inConfig("api:payments", "near", TimePoint.parse("2026-12-31"), "bob", null, false);
    Waiver farCritical =
        Waiver.inConfig("api", "far", TimePoint.parse("2027-03-01"), "carol", null, true);
    // the critical waiver is the only one that could cover it: its problem is its distance
    Outcome o =
        Waivers.apply(List.of(critical), List.of(nearNotCritical, farCritical), now, BERLIN, 30)
            .get(0);
    assertThat(o.effect()).isEqualTo(Outcome.Effect.TOO_FAR);
    assertThat(o.result().message())
        .contains("waiver by carol not applied: it expires on 2027-03-01");
    // a waiver both too far and not critical says both
    Waiver farNotCritical =
        Waiver.inConfig("api", "far", TimePoint.parse("2027-03-01"), "dan", null, false);
    Outcome both =
        Waivers.apply(List.of(critical), List.of(farNotCritical), now, BERLIN, 30).get(0);
    assertThat(both.effect()).isEqualTo(Outcome.Effect.NOT_CRITICAL);
    assertThat(both.result().message())
        .contains("does not say critical: true; and it expires on 2027-03-01, 71 days ahead");
  }
}
