package dev.releasesentinel.checks.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Freezes as a function of (freeze, zone, instant); the only I/O is reading a calendar, through the
 * {@link CalendarReader} (docs/checks/schedule.md, "Freezes").
 */
public final class Freezes {

  /**
   * Calendars are expanded this far ahead first, then {@link #LONG_LOOK_AHEAD} if a run reaches it.
   */
  static final Duration LOOK_AHEAD = Duration.ofDays(40);

  /** A freeze that lasts longer than this is reported as having no end in sight. */
  static final Duration LONG_LOOK_AHEAD = Duration.ofDays(400);

  private Freezes() {}

  public static FreezeState at(
      FreezeRule rule, ZoneId zone, Instant t, CalendarReader calendars, Duration timeout) {
    if (rule instanceof DateRangeFreeze d) {
      return d.at(zone, t);
    }
    if (rule instanceof CronFreeze c) {
      return cron(c, zone, t);
    }
    CalendarFreeze cal = (CalendarFreeze) rule;
    try {
      String text = calendars.read(cal.source(), timeout);
      Ical4jCalendar calendar = new Ical4jCalendar(cal.source().shown(), zone);
      FreezeState state = null;
      for (Duration ahead : List.of(LOOK_AHEAD, LONG_LOOK_AHEAD)) {
        Instant horizon = t.plus(ahead);
        state = Occurrences.at(calendar.occurrences(text, t, horizon), t, horizon);
        if (!(state instanceof FreezeState.Frozen f) || f.until().isPresent()) {
          return state;
        }
      }
      return state;
    } catch (CalendarUnavailable e) {
      return new FreezeState.Unreadable(e.getMessage());
    }
  }

  /**
   * Frozen when the last cron-start firing (at or before t) is later than the last cron-end one.
   */
  static FreezeState cron(CronFreeze c, ZoneId zone, Instant t) {
    CronSchedule start = CronSchedule.parse(c.cronStart(), "cron-start");
    CronSchedule end = CronSchedule.parse(c.cronEnd(), "cron-end");
    Optional<Instant> lastStart = start.lastAtOrBefore(t, zone);
    Optional<Instant> lastEnd = end.lastAtOrBefore(t, zone);
    boolean frozen =
        lastStart.isPresent() && (lastEnd.isEmpty() || lastStart.get().isAfter(lastEnd.get()));
    if (frozen) {
      return new FreezeState.Frozen(lastStart.get(), end.nextAfter(t, zone), "");
    }
    Optional<Instant> nextStart = start.nextAfter(t, zone);
    Optional<Instant> nextEnd = nextStart.flatMap(s -> end.nextAfter(s, zone));
    return new FreezeState.Clear(nextStart, nextEnd, Optional.empty(), "");
  }
}
