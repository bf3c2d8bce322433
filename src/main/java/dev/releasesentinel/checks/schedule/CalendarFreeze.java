package dev.releasesentinel.checks.schedule;

import java.util.Objects;

/**
 * {@code {name: holidays, ical: ops/holidays.ics}}: frozen while an event of the calendar is in
 * progress, until the end of the run of events that overlap or touch it (docs/checks/schedule.md,
 * "iCalendar freezes").
 */
public record CalendarFreeze(String name, CalendarSource source) implements FreezeRule {

  public CalendarFreeze {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }

  /** From the config's {@code ical:} value; see {@link CalendarSource#parse}. */
  public static CalendarFreeze of(String name, String ical) {
    return new CalendarFreeze(name, CalendarSource.parse(ical));
  }
}
