package dev.releasesentinel.checks.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A calendar that cannot be read, fetched or parsed is ERROR with a reason, never PASS. */
class CalendarErrorsTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

  @TempDir Path dir;

  FreezeState file(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text.replace("\n", "\r\n"));
    return Freezes.at(
        CalendarFreeze.of("cal", name),
        BERLIN,
        T,
        new CalendarReader(dir, CalendarTransport.NONE),
        Calendars.TIMEOUT);
  }

  static String message(FreezeState s) {
    assertThat(s).isInstanceOf(FreezeState.Unreadable.class);
    return ((FreezeState.Unreadable) s).message();
  }

  @Test
  void aSyntaxErrorNamesTheFileAndLine() throws IOException {
    String text =
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\nBEGIN:VEVENT\nUID:1\n"
            + "DTSTART:20260601T090000Z\nthis line is not a property\nEND:VEVENT\nEND:VCALENDAR\n";
    assertThat(message(file("bad.ics", text)))
        .isEqualTo(
            "calendar bad.ics:9 is not valid iCalendar (RFC 5545): Expected [VEVENT], read"
                + " [VCALENDAR]");
  }

  @Test
  void aBadDateNamesTheFileAndLine() throws IOException {
    String text =
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\nBEGIN:VEVENT\nUID:1\n"
            + "DTSTART:2026-06-01\nEND:VEVENT\nEND:VCALENDAR\n";
    assertThat(message(file("date.ics", text))).startsWith("calendar date.ics:6 is not valid");
  }

  @Test
  void aTruncatedDownloadIsAnError() throws IOException {
    String text = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\nBEGIN:VEVENT\nUID:1\n";
    assertThat(message(file("cut.ics", text))).startsWith("calendar cut.ics");
  }

  @Test
  void aWebPageInsteadOfACalendarIsAnError() throws IOException {
    assertThat(message(file("page.ics", "<!doctype html>\n<html><body>Sign in</body></html>\n")))
        .startsWith("calendar page.ics:1 is not valid iCalendar");
  }

  @Test
  void anUnknownTimeZoneWithoutVtimezoneIsAnError() throws IOException {
    String text =
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\nBEGIN:VEVENT\nUID:1\nDTSTAMP:20260101T000000Z\n"
            + "DTSTART;TZID=Mars/Olympus_Mons:20260601T090000\nDTEND;TZID=Mars/Olympus_Mons:20260601T100000\n"
            + "END:VEVENT\nEND:VCALENDAR\n";
    assertThat(message(file("mars.ics", text))).startsWith("calendar mars.ics");
  }

  @Test
  void thisAndFutureOverridesAreRefusedNotGuessed() throws IOException {
    String text =
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\n"
            + "BEGIN:VEVENT\nUID:s\nDTSTAMP:20260101T000000Z\nDTSTART:20260101T090000Z\n"
            + "DTEND:20260101T100000Z\nRRULE:FREQ=DAILY\nSUMMARY:Daily\nEND:VEVENT\n"
            + "BEGIN:VEVENT\nUID:s\nDTSTAMP:20260101T000000Z\n"
            + "RECURRENCE-ID;RANGE=THISANDFUTURE:20260520T090000Z\nDTSTART:20260520T120000Z\n"
            + "DTEND:20260520T130000Z\nSUMMARY:Daily\nEND:VEVENT\nEND:VCALENDAR\n";
    assertThat(message(file("range.ics", text)))
        .isEqualTo(
            "calendar range.ics: event 'Daily' changes this and future occurrences"
                + " (RECURRENCE-ID;RANGE=THISANDFUTURE), which is not supported: edit the series"
                + " itself, or split it into two");
  }

  @Test
  void aMissingFileSaysWhereItLooked() {
    FreezeState s =
        Freezes.at(
            CalendarFreeze.of("cal", "ops/holidays.ics"),
            BERLIN,
            T,
            new CalendarReader(dir, CalendarTransport.NONE),
            Calendars.TIMEOUT);
    assertThat(message(s))
        .isEqualTo(
            "calendar ops/holidays.ics does not exist (looked in "
                + dir
                + "): commit it, or fix"
                + " the ical path");
  }

  @Test
  void aFileThatIsNotUtf8IsAnError() throws IOException {
    Files.write(
        dir.resolve("latin1.ics"), "SUMMARY:F\u00e9rias".getBytes(StandardCharsets.ISO_8859_1));
    FreezeState s =
        Freezes.at(
            CalendarFreeze.of("cal", "latin1.ics"),
            BERLIN,
            T,
            new CalendarReader(dir, CalendarTransport.NONE),
            Calendars.TIMEOUT);
    assertThat(message(s)).contains("is not UTF-8 text");
  }

  @Test
  void aUrlIsFetchedThroughTheTransportWithABoundedSizeAndTheRunsTimeLeft() throws IOException {
    String text = Files.readString(Calendars.dir().resolve("holidays-google.ics"));
    List<String> asked = new ArrayList<>();
    CalendarTransport fake =
        (uri, timeout, max) -> {
          asked.add(uri + " " + timeout + " " + max);
          return text;
        };
    FreezeState s =
        Freezes.at(
            CalendarFreeze.of("h", "https://calendar.example.com/ical/ops/basic.ics"),
            BERLIN,
            Instant.parse("2026-12-25T09:00:00Z"),
            new CalendarReader(dir, fake),
            Calendars.TIMEOUT);
    assertThat(s).isInstanceOf(FreezeState.Frozen.class);
    assertThat(asked)
        .containsExactly("https://calendar.example.com/ical/ops/basic.ics PT5S 5242880");
  }

  @Test
  void aFetchThatFailsIsAnErrorNamingOnlyTheHost() {
    CalendarTransport down =
        (uri, timeout, max) -> {
          throw new IOException("HTTP 503");
        };
    FreezeState s =
        Freezes.at(
            CalendarFreeze.of("h", "https://calendar.example.com/private-abc/basic.ics"),
            BERLIN,
            T,
            new CalendarReader(dir, down),
            Calendars.TIMEOUT);
    assertThat(message(s))
        .isEqualTo(
            "cannot fetch calendar https://calendar.example.com/…: HTTP 503; check the URL and"
                + " that the gate can reach it");
  }

  @Test
  void withoutATransportAUrlIsAnErrorNotAPass() {
    FreezeState s =
        Freezes.at(
            CalendarFreeze.of("h", "https://calendar.example.com/basic.ics"),
            BERLIN,
            T,
            new CalendarReader(dir, CalendarTransport.NONE),
            Calendars.TIMEOUT);
    assertThat(message(s)).contains("not available in this build");
  }

  @Test
  void clearTextAndWebcalUrlsAreRefusedWithTheHttpsForm() {
    assertThatThrownBy(() -> CalendarFreeze.of("h", "webcal://user:pw@calendar.example.com/x.ics"))
        .hasMessage(
            "ical URLs must use https (webcal://calendar.example.com/… is not read): write"
                + " https://calendar.example.com/…");
    assertThatThrownBy(() -> CalendarFreeze.of("h", "http://cal.internal/x.ics?token=1"))
        .hasMessageContaining("write https://cal.internal/…");
    assertThat(CalendarFreeze.of("h", "https://cal.internal:8443/x.ics").source())
        .isEqualTo(new CalendarSource.Url(URI.create("https://cal.internal:8443/x.ics")));
  }
}
