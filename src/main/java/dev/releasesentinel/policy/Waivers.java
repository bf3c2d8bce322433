package dev.releasesentinel.policy;

import dev.releasesentinel.checks.schedule.TimePoint;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies waivers to a run's results, as a pure function of (results, waivers, now)
 * (docs/waivers.md). Only FAIL and ERROR are waived; PASS, WARN and SKIP are left alone. When
 * several waivers match a check, the most specific selector wins ({@code api:payments} over {@code
 * api}), then the one that lasts longest. A waiver that expires more than {@code maxDays} days
 * ahead ({@code policy.max-waiver-days}) is not applied: a waiver is for a short, known risk.
 */
public final class Waivers {

  private Waivers() {}

  /** The zone dates of {@code expires} are read in: the schedule's, or UTC without one. */
  public static List<Outcome> apply(
      List<CheckResult> results, List<Waiver> waivers, Instant now, ZoneId zone, int maxDays) {
    return results.stream().map(r -> apply(r, waivers, now, zone, maxDays)).toList();
  }

  /** The same, with no limit on how far ahead a waiver may expire. */
  public static List<Outcome> apply(
      List<CheckResult> results, List<Waiver> waivers, Instant now, ZoneId zone) {
    return apply(results, waivers, now, zone, Integer.MAX_VALUE);
  }

  static Outcome apply(CheckResult r, List<Waiver> waivers, Instant now, ZoneId zone, int maxDays) {
    if (!r.status().isFailure()) {
      return Outcome.unchanged(r);
    }
    List<Waiver> matching = waivers.stream().filter(w -> r.id().matches(w.check())).toList();
    if (matching.isEmpty()) {
      return Outcome.unchanged(r);
    }
    Comparator<Waiver> best =
        Comparator.<Waiver>comparingInt(w -> w.check().length())
            .thenComparing(w -> w.expiresAt(zone).orElse(Instant.MAX));
    List<Waiver> active = matching.stream().filter(w -> !w.expired(now, zone)).toList();
    List<Waiver> inReach = active.stream().filter(w -> !w.tooFar(now, zone, maxDays)).toList();
    boolean critical = r.severity() == Severity.CRITICAL;
    Optional<Waiver> allowed = inReach.stream().filter(w -> !critical || w.critical()).max(best);
    if (allowed.isPresent()) {
      Waiver w = allowed.get();
      return new Outcome(
          r.withDetail("waiver", w.details()), Outcome.Effect.WAIVED, Optional.of(w));
    }
    List<Waiver> mayCover = active.stream().filter(w -> !critical || w.critical()).toList();
    if (!mayCover.isEmpty()) { // each one too far ahead
      Waiver w = mayCover.stream().max(best).orElseThrow();
      return new Outcome(
          amended(r, "; waiver by " + w.who() + " not applied: " + tooFar(w, now, zone, maxDays))
              .withDetail("waiver", w.details()),
          Outcome.Effect.TOO_FAR,
          Optional.of(w));
    }
    if (!active.isEmpty()) {
      Waiver w = active.stream().max(best).orElseThrow();
      boolean far = w.tooFar(now, zone, maxDays);
      return new Outcome(
          amended(
                  r,
                  "; waiver by "
                      + w.who()
                      + " not applied: "
                      + r.id()
                      + " is critical and the waiver does not say critical: true"
                      + (far ? "; and " + tooFar(w, now, zone, maxDays) : ""))
              .withDetail("waiver", w.details()),
          Outcome.Effect.NOT_CRITICAL,
          Optional.of(w));
    }
    Waiver w = matching.stream().max(best).orElseThrow();
    String on = w.expires().map(TimePoint::toString).orElse("");
    return new Outcome(
        amended(r, "; waiver expired on " + on + " (" + w.who() + "): renew it or fix the check")
            .withDetail("waiver", w.details()),
        Outcome.Effect.EXPIRED,
        Optional.of(w));
  }

  private static String tooFar(Waiver w, Instant now, ZoneId zone, int maxDays) {
    return "it expires on "
        + w.expires().map(TimePoint::toString).orElse("")
        + ", "
        + w.daysLeft(now, zone).orElse(0L)
        + " days ahead, more than policy.max-waiver-days ("
        + maxDays
        + "): shorten it";
  }

  private static CheckResult amended(CheckResult r, String more) {
    return new CheckResult(
        r.id(),
        r.status(),
        r.severity(),
        r.message() + more,
        r.details(),
        r.duration(),
        r.attempts());
  }
}
