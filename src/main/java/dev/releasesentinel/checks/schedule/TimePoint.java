package dev.releasesentinel.checks.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time as the config writes it: a date ({@code 2026-12-20}), read as 00:00 of that day
 * in the schedule's zone, or an RFC 3339 time with its offset ({@code 2026-12-20T18:00:00+01:00}),
 * an exact instant (docs/checks/schedule.md, "Freezes").
 */
public record TimePoint(Optional<LocalDate> date, Optional<Instant> instant) {

  public TimePoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(instant, "instant");
    if (date.isPresent() == instant.isPresent()) {
      throw new IllegalArgumentException("a time point is a date or an instant");
    }
  }

  public static TimePoint of(LocalDate date) {
    return new TimePoint(Optional.of(date), Optional.empty());
  }

  public static TimePoint of(Instant instant) {
    return new TimePoint(Optional.empty(), Optional.of(instant));
  }

  /**
   * Parses {@code YYYY-MM-DD} or an RFC 3339 date-time ({@code T} or a space between date and time,
   * {@code Z} or a numeric offset, which is required).
   */
  public static TimePoint parse(String text) {
    String t = text == null ? "" : text.trim();
    try {
      if (t.length() == 10) {
        return of(LocalDate.parse(t));
      }
      String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.replaceFirst(" ", "T") : t;
      return of(OffsetDateTime.parse(iso.replace('z', 'Z').replace('t', 'T')).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is neither a date (2026-12-20) nor an RFC 3339 time with an offset"
              + " (2026-12-20T18:00:00+01:00 or 2026-12-20T17:00:00Z)");
    }
  }

  /** The instant: a date is 00:00 of that day in {@code zone} (or the first instant of it). */
  public Instant at(ZoneId zone) {
    return instant.orElseGet(() -> date.orElseThrow().atStartOfDay(zone).toInstant());
  }

  @Override
  public String toString() {
    return date.map(LocalDate::toString).orElseGet(() -> instant.orElseThrow().toString());
  }
}
