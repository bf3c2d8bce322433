package dev.releasesentinel.checks.schedule;

import dev.releasesentinel.config.CheckSpec;
import java.util.List;
import java.util.Optional;

/**
 * The schedule section (docs/checks/schedule.md): the zone, the windows (one check, declared at
 * {@code windows}) and each freeze with its own severity and place in the file.
 */
record ScheduleConfig(ScheduleRules rules, Optional<CheckSpec> windows, List<Freeze> freezes) {

  ScheduleConfig {
    freezes = List.copyOf(freezes);
  }

  /** One freeze and where it was declared. */
  record Freeze(FreezeRule rule, CheckSpec spec) {}

  /** Every https calendar URL, as written: the redactor masks each wherever it appears. */
  List<String> calendarUrls() {
    return freezes.stream()
        .map(Freeze::rule)
        .filter(r -> r instanceof CalendarFreeze c && c.source() instanceof CalendarSource.Url)
        .map(r -> ((CalendarSource.Url) ((CalendarFreeze) r).source()).uri().toString())
        .toList();
  }
}
