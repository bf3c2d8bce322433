package dev.releasesentinel.checks.schedule;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The .ics fixtures under src/test/resources/schedule, evaluated as freezes. */
final class Calendars {

  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private Calendars() {}

  static Path dir() {
    try {
      return Path.of(Calendars.class.getResource("/schedule").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static CalendarReader files() {
    return new CalendarReader(dir(), CalendarTransport.NONE);
  }

  static FreezeState at(String file, ZoneId zone, String instant) {
    return Freezes.at(
        CalendarFreeze.of("cal", file), zone, Instant.parse(instant), files(), TIMEOUT);
  }
}
