package dev.releasesentinel.checks.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

/**
 * The one class that uses cron-utils: a UNIX cron expression's firings around an instant, in a
 * zone. cron-utils' {@code lastExecution(t)} is the last firing strictly before {@code t} and
 * {@code nextExecution(t)} the first strictly after it; UNIX cron fires on whole minutes.
 */
final class CronSchedule {

  private static final CronParser PARSER =
      new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final ExecutionTime times;

  private CronSchedule(Cron cron) {
    this.times = ExecutionTime.forCron(cron);
  }

  /** Parses a UNIX cron expression, or throws naming {@code key} and the reason. */
  static CronSchedule parse(String expression, String key) {
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException(
          key
              + " is required: a UNIX cron expression such as"
              + " \"0 16 * * 5\" (Fridays at 16:00)");
    }
    try {
      return new CronSchedule(PARSER.parse(expression.trim()).validate());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          key
              + " '"
              + expression
              + "' is not a UNIX cron expression (minute hour day-of-month"
              + " month day-of-week): "
              + e.getMessage());
    }
  }

  /**
   * How far around an instant the zone's clock changes are searched for a firing cron-utils
   * skipped: a cron that fires less often than this never needs the rule.
   */
  private static final Duration GAP_SEARCH = Duration.ofDays(400);

  /**
   * The last firing at or before {@code t}: a firing at {@code t} itself counts. A firing whose
   * local time falls in a spring-forward gap fires at the gap's end (see {@link #skipped}).
   */
  Optional<Instant> lastAtOrBefore(Instant t, ZoneId zone) {
    ZonedDateTime nextMinute = t.atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    Optional<Instant> last = times.lastExecution(nextMinute).map(ZonedDateTime::toInstant);
    Instant floor = last.orElse(t.minus(GAP_SEARCH));
    ZoneOffsetTransition tr = zone.getRules().previousTransition(t.plusNanos(1));
    while (tr != null && tr.getInstant().isAfter(floor)) {
      if (skipped(tr)) {
        return Optional.of(tr.getInstant());
      }
      tr = zone.getRules().previousTransition(tr.getInstant());
    }
    return last;
  }

  /** The first firing strictly after {@code t}, a skipped one at its gap's end. */
  Optional<Instant> nextAfter(Instant t, ZoneId zone) {
    ZonedDateTime minute = t.atZone(zone).truncatedTo(ChronoUnit.MINUTES);
    Optional<Instant> next = times.nextExecution(minute).map(ZonedDateTime::toInstant);
    Instant ceiling = next.orElse(t.plus(GAP_SEARCH));
    ZoneOffsetTransition tr = zone.getRules().nextTransition(t);
    while (tr != null && tr.getInstant().isBefore(ceiling)) {
      if (skipped(tr)) {
        return Optional.of(tr.getInstant());
      }
      tr = zone.getRules().nextTransition(tr.getInstant());
    }
    return next;
  }

  /**
   * Whether the expression names a local time inside the gap of {@code tr} (e.g. 02:30 on the night
   * Berlin springs from 02:00 to 03:00). cron-utils skips such a firing for that day; a freeze must
   * not lose its start to a clock change (it fails closed), so the firing happens at the gap's end,
   * the first instant after it: the rule {@link ZonedDateTime#of} applies to the windows' times,
   * moved later by the gap. The gap's local times are asked of cron-utils in the offset before the
   * change, where they exist (docs/checks/schedule.md, "Daylight saving time").
   */
  private boolean skipped(ZoneOffsetTransition tr) {
    if (!tr.isGap()) {
      return false;
    }
    ZonedDateTime before = tr.getDateTimeBefore().minusMinutes(1).atZone(tr.getOffsetBefore());
    return times
        .nextExecution(before)
        .filter(f -> f.toLocalDateTime().isBefore(tr.getDateTimeAfter()))
        .isPresent();
  }
}
