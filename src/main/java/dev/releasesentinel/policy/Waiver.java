package dev.releasesentinel.policy;

import dev.releasesentinel.checks.schedule.TimePoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted risk (docs/waivers.md): a FAIL or ERROR of the checks {@code check} names (an id or
 * an id prefix, matched like {@code --only}) does not block until {@code expires}. {@code by} is
 * who accepted it; a critical check needs {@code critical: true}. A waiver given for one run
 * ({@code check --waive}) has no expiry: it ends with the run.
 */
public record Waiver(
    String check,
    String reason,
    Optional<TimePoint> expires,
    String by,
    Optional<String> ticket,
    boolean critical,
    Origin origin) {

  /** Where the waiver comes from: the config's {@code waivers:} or the command line. */
  public enum Origin {
    CONFIG,
    THIS_RUN
  }

  public Waiver {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(origin, "origin");
    reason = reason == null ? "" : reason.strip();
    by = by == null ? "" : by.strip();
    if (origin == Origin.CONFIG && expires.isEmpty()) {
      throw new IllegalArgumentException("a waiver in the config needs expires");
    }
  }

  public static Waiver inConfig(
      String check, String reason, TimePoint expires, String by, String ticket, boolean critical) {
    return new Waiver(
        check,
        reason,
        Optional.of(expires),
        by,
        Optional.ofNullable(ticket),
        critical,
        Origin.CONFIG);
  }

  /** {@code check --waive ID --reason TEXT}: for this run only, recorded the same way. */
  public static Waiver forThisRun(String check, String reason, String by, boolean critical) {
    return new Waiver(
        check, reason, Optional.empty(), by, Optional.empty(), critical, Origin.THIS_RUN);
  }

  /**
   * The first instant the waiver no longer holds. An RFC 3339 time is exact. A date is the last day
   * it holds, and the stricter reading wins: it ends at the earlier of midnight after that day in
   * the schedule's zone and midnight after it in UTC (docs/waivers.md, "Expiry").
   */
  public Optional<Instant> expiresAt(ZoneId zone) {
    return expires.map(
        e ->
            e.date()
                .map(d -> earlierMidnightAfter(d, zone))
                .orElseGet(() -> e.instant().orElseThrow()));
  }

  private static Instant earlierMidnightAfter(LocalDate d, ZoneId zone) {
    Instant local = d.plusDays(1).atStartOfDay(zone).toInstant();
    Instant utc = d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return local.isBefore(utc) ? local : utc;
  }

  /**
   * Whole days from {@code now}'s date to the last day the waiver holds, both in {@code zone} (the
   * schedule's): 0 on its last day; empty for a waiver of this run only.
   */
  public Optional<Long> daysLeft(Instant now, ZoneId zone) {
    return expires.map(
        e -> {
          LocalDate last =
              e.date().orElseGet(() -> e.instant().orElseThrow().atZone(zone).toLocalDate());
          return ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), last);
        });
  }

  /** Whether it expires more than {@code maxDays} days ahead ({@code policy.max-waiver-days}). */
  public boolean tooFar(Instant now, ZoneId zone, int maxDays) {
    return daysLeft(now, zone).orElse(0L) > maxDays;
  }

  public boolean expired(Instant now, ZoneId zone) {
    return expiresAt(zone).map(e -> !now.isBefore(e)).orElse(false);
  }

  /** How a report shows the waiver: check, reason, by, expires, ticket, critical, origin. */
  public Map<String, Object> details() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("check", check);
    d.put("reason", reason);
    d.put("by", by);
    d.put("expires", expires.map(TimePoint::toString).orElse("end of this run"));
    ticket.ifPresent(t -> d.put("ticket", t));
    d.put("critical", critical);
    d.put("origin", origin == Origin.CONFIG ? "config" : "this run");
    return d;
  }

  /** {@code alice, INC-4711}: who and which ticket, for messages. */
  String who() {
    return ticket.map(t -> by + ", " + t).orElse(by);
  }
}
