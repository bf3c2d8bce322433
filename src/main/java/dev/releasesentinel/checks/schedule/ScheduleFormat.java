package dev.releasesentinel.checks.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How schedule messages and details write time (docs/checks/schedule.md, "Messages"): messages in
 * the schedule's zone with its abbreviation at that instant (CET in winter, CEST in summer),
 * details in RFC 3339.
 */
final class ScheduleFormat {

  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private ScheduleFormat() {}

  /*
   * The zone's abbreviation (zzz) comes from the JDK's time-zone names, loaded on first use; two
   * checks formatting at once for the first time sometimes got "GMT+01:00" instead of "CET". The
   * two formatters that print it are used one at a time.
   */

  /** {@code Mon 09:00 CET}: for a time less than a week away (a window opening or closing). */
  static synchronized String dayTime(Instant t, ZoneId zone) {
    return DAY_TIME.format(t.atZone(zone));
  }

  /** {@code Mon 2027-01-04 00:00 CET}: for a time that may be months away. */
  static synchronized String dateTime(Instant t, ZoneId zone) {
    return DATE_TIME.format(t.atZone(zone));
  }

  /** {@code 2027-01-04T00:00:00+01:00}: whole seconds, the zone's offset at that instant. */
  static String rfc3339(Instant t, ZoneId zone) {
    ZonedDateTime z = t.truncatedTo(ChronoUnit.SECONDS).atZone(zone);
    return RFC_3339.format(z);
  }
}
