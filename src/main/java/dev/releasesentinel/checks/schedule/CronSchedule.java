package dev.releasesentinel.checks.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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

  /** The last firing at or before {@code t}: a firing at {@code t} itself counts. */
  Optional<Instant> lastAtOrBefore(Instant t, ZoneId zone) {
    ZonedDateTime nextMinute = t.atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    return times.lastExecution(nextMinute).map(ZonedDateTime::toInstant);
  }

  /** The first firing strictly after {@code t}. */
  Optional<Instant> nextAfter(Instant t, ZoneId zone) {
    ZonedDateTime minute = t.atZone(zone).truncatedTo(ChronoUnit.MINUTES);
    return times.nextExecution(minute).map(ZonedDateTime::toInstant);
  }
}
