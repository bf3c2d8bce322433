package dev.releasesentinel.checks.schedule;

/**
 * One freeze: deploys are blocked while it is in effect (docs/checks/schedule.md, "Freezes"). Each
 * freeze is its own check, {@code schedule.freeze:NAME}.
 */
public sealed interface FreezeRule permits DateRangeFreeze, CronFreeze, CalendarFreeze {

  /** The name in the check id and in messages; unique within a schedule. */
  String name();
}
