package dev.releasesentinel.checks.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.testing.StubCheckContext;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A calendar URL may hold a secret token (in its path, query or user info): no message, detail or
 * description of a freeze shows more than its scheme and host, whatever the outcome.
 */
class CalendarUrlLeakTest {

  static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";

  static String token(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12 + r.nextInt(20); i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  @Test
  void noOutcomeShowsAnyPartOfTheUrlButItsHost() throws Exception {
    String calendar = Files.readString(Calendars.dir().resolve("holidays-google.ics"));
    Random r = new Random(4711);
    for (int i = 0; i < 200; i++) {
      String secret = token(r);
      String url =
          switch (i % 4) {
            case 0 -> "https://calendar.example.com/calendar/ical/" + secret + "/private/basic.ics";
            case 1 -> "https://cal.example.org/export.ics?token=" + secret;
            case 2 -> "https://ops:" + secret + "@cal.example.net/h.ics";
            default -> "https://cal.example.io:8443/" + secret;
          };
      int mode = r.nextInt(3);
      String failure = "HTTP 401 for the calendar";
      CalendarFreeze freeze = CalendarFreeze.of("holidays", url);
      FreezeCheck check =
          new FreezeCheck(
              freeze,
              ZoneId.of("Europe/Berlin"),
              Severity.BLOCK,
              Clock.fixed(
                  Instant.parse(mode == 0 ? "2026-12-25T09:00:00Z" : "2026-07-01T09:00:00Z"),
                  ZoneOffset.UTC),
              new CalendarReader(
                  Calendars.dir(),
                  (uri, timeout, max) -> {
                    if (mode == 2) {
                      throw new IOException(failure);
                    }
                    return calendar;
                  }));
      CheckResult result = check.run(new StubCheckContext());
      List<String> texts = new ArrayList<>();
      texts.add(result.message());
      texts.add(String.valueOf(result.details()));
      texts.add(check.description());
      texts.add(String.valueOf(freeze));
      texts.add(freeze.source().shown());
      for (String t : texts) {
        assertThat(t).as("%s (mode %d)", url, mode).doesNotContain(secret);
      }
    }
  }
}
