package dev.releasesentinel.checks.schedule;

import java.util.Objects;

/**
 * {@code {name: weekend, cron-start: "0 16 * * 5", cron-end: "0 8 * * 1"}}: frozen while the last
 * time {@code cron-start} fired is later than the last time {@code cron-end} fired (GitLab's deploy
 * freezes work the same way). Both are UNIX cron expressions (minute hour day-of-month month
 * day-of-week) read in the schedule's zone. The constructor rejects an expression that does not
 * parse, with cron-utils' reason.
 */
public record CronFreeze(String name, String cronStart, String cronEnd) implements FreezeRule {

  public CronFreeze {
    Objects.requireNonNull(name, "name");
    CronSchedule.parse(cronStart, "cron-start");
    CronSchedule.parse(cronEnd, "cron-end");
  }
}
