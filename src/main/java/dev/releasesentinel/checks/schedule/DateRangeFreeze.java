package dev.releasesentinel.checks.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * {@code {name: year-end, from: 2026-12-20, to: 2027-01-04}}: frozen from {@code from} (included)
 * up to {@code to} (excluded). A date is 00:00 of that day, so {@code to: 2027-01-04} means deploys
 * are allowed again from 00:00 on 4 January: "frozen until Mon 2027-01-04 00:00 CET".
 */
public record DateRangeFreeze(String name, TimePoint from, TimePoint to) implements FreezeRule {

  public DateRangeFreeze {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** Whether {@code to} comes after {@code from} in {@code zone}: a config error otherwise. */
  public boolean isOrdered(ZoneId zone) {
    return to.at(zone).isAfter(from.at(zone));
  }

  FreezeState at(ZoneId zone, Instant t) {
    Instant start = from.at(zone);
    Instant end = to.at(zone);
    if (!t.isBefore(start) && t.isBefore(end)) {
      return new FreezeState.Frozen(start, java.util.Optional.of(end), "");
    }
    return t.isBefore(start)
        ? FreezeState.Clear.next(start, end, "")
        : FreezeState.Clear.ended(end);
  }
}
