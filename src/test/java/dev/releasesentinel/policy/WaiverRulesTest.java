package dev.releasesentinel.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.schedule.TimePoint;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaiverRulesTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final Map<CheckId, Severity> CHECKS =
      Map.of(
          CheckId.of("api:payments"), Severity.CRITICAL,
          CheckId.of("api:search"), Severity.BLOCK,
          CheckId.of("git.clean-tree"), Severity.BLOCK);

  static List<WaiverProblem> validate(Waiver w) {
    return WaiverRules.validate(
        List.of(w), NOW, BERLIN, WaiverRules.DEFAULT_MAX_WAIVER_DAYS, CHECKS);
  }

  static Waiver w(String check, String expires, boolean critical) {
    return Waiver.inConfig(
        check, "INC-1: known", TimePoint.parse(expires), "alice", null, critical);
  }

  @Test
  void aWaiverWithinTheRulesIsQuiet() {
    assertThat(validate(w("api:search", "2026-12-20", false))).isEmpty();
  }

  @Test
  void thirtyDaysAheadIsAllowedAndThirtyOneIsRefused() {
    assertThat(validate(w("api:search", "2026-12-31", false))).isEmpty();
    assertThat(validate(w("api:search", "2027-01-01", false)))
        .containsExactly(
            new WaiverProblem(
                0,
                WaiverProblem.Level.ERROR,
                "waivers[0] (api:search): expires on 2027-01-01, 31 days ahead, more than"
                    + " policy.max-waiver-days (30): a waiver is for a short, known risk; expire"
                    + " it by 2026-12-31"));
  }

  @Test
  void expiringWithinSevenDaysWarns() {
    assertThat(validate(w("api:search", "2026-12-07", false)))
        .extracting(WaiverProblem::level, WaiverProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                WaiverProblem.Level.WARNING,
                "waivers[0] (api:search): expires on 2026-12-07, within 7 days: fix the check or"
                    + " renew the waiver"));
    // 2026-12-08 ends at 2026-12-08T23:00Z, more than 7 days after NOW
    assertThat(validate(w("api:search", "2026-12-08", false))).isEmpty();
  }

  @Test
  void anExpiredWaiverWarnsThatItIsNotApplied() {
    assertThat(validate(w("api:search", "2026-11-30", false)))
        .extracting(WaiverProblem::message)
        .containsExactly(
            "waivers[0] (api:search): expired on 2026-11-30: it is not applied; renew it or"
                + " remove it");
  }

  @Test
  void aCriticalCheckNeedsCriticalTrue() {
    assertThat(validate(w("api", "2026-12-20", false)))
        .extracting(WaiverProblem::message)
        .containsExactly(
            "waivers[0] (api): covers the critical check api:payments: add critical: true to"
                + " accept a critical risk, or narrow check");
    assertThat(validate(w("api", "2026-12-20", true))).isEmpty();
  }

  @Test
  void aSelectorThatMatchesNothingWarnsWithASuggestion() {
    assertThat(validate(w("api:serach", "2026-12-20", false)))
        .extracting(WaiverProblem::message)
        .containsExactly("waivers[0] (api:serach): matches no check; did you mean 'api:search'?");
  }

  @Test
  void reasonAndByAreRequired() {
    Waiver w = Waiver.inConfig("api:search", " ", TimePoint.parse("2026-12-20"), "", null, false);
    assertThat(validate(w))
        .extracting(WaiverProblem::message)
        .containsExactly(
            "waivers[0] (api:search): reason is required: why the risk is accepted (an incident,"
                + " a ticket)",
            "waivers[0] (api:search): by is required: who accepted the risk");
  }
}
