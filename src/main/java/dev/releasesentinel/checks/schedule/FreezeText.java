package dev.releasesentinel.checks.schedule;

import java.time.Instant;
import java.time.ZoneId;

/** The messages of {@code schedule.freeze:NAME} (docs/checks/schedule.md, "Messages"). */
final class FreezeText {

  private FreezeText() {}

  /** What the freeze is, in the config's words (a calendar URL only by its host). */
  static String what(FreezeRule rule) {
    if (rule instanceof DateRangeFreeze d) {
      return "from " + d.from() + " to " + d.to();
    }
    if (rule instanceof CronFreeze c) {
      return "cron-start \"" + c.cronStart() + "\", cron-end \"" + c.cronEnd() + "\"";
    }
    return "calendar " + ((CalendarFreeze) rule).source().shown();
  }

  /** {@code frozen until Mon 2027-01-04 00:00 CET (year-end)}. */
  static String frozen(FreezeRule rule, FreezeState.Frozen f, ZoneId zone, Instant t) {
    String why = f.what().isEmpty() ? rule.name() : rule.name() + ": " + f.what();
    if (f.until().isPresent()) {
      return "frozen until " + ScheduleFormat.dateTime(f.until().get(), zone) + " (" + why + ")";
    }
    if (rule instanceof CronFreeze) {
      return "frozen with no end in sight: cron-end never fires again (" + why + ")";
    }
    return "frozen with no end before "
        + ScheduleFormat.dateTime(t.plus(Freezes.LONG_LOOK_AHEAD), zone)
        + " ("
        + why
        + ")";
  }

  static String clear(FreezeRule rule, FreezeState.Clear c, ZoneId zone) {
    String name = rule.name();
    if (c.endedAt().isPresent()) {
      return "not frozen: " + name + " ended " + ScheduleFormat.dateTime(c.endedAt().get(), zone);
    }
    if (c.nextStart().isEmpty()) {
      return rule instanceof CalendarFreeze
          ? "not frozen: no event of "
              + name
              + " in the next "
              + Freezes.LOOK_AHEAD.toDays()
              + " days"
          : "not frozen: " + name + " never starts again";
    }
    String next =
        "not frozen: next "
            + name
            + " freeze from "
            + ScheduleFormat.dateTime(c.nextStart().get(), zone);
    String until = c.nextEnd().map(e -> " until " + ScheduleFormat.dateTime(e, zone)).orElse("");
    String event = c.what().isEmpty() ? "" : " (" + c.what() + ")";
    return next + until + event;
  }
}
