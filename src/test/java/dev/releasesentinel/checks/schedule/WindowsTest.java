package dev.releasesentinel.checks.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowsTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final WindowRule OFFICE =
      WindowRule.of(List.of("mon", "tue", "wed", "thu"), "09:00", "16:00");

  static WindowState at(WindowRule w, ZoneId zone, String instant) {
    return Windows.at(List.of(w), zone, Instant.parse(instant));
  }

  @ParameterizedTest(name = "{0}: the window opening {1} opens at {2}")
  @CsvSource({
    // the spring change: Berlin on Sun 2026-03-29, New York on Sun 2026-03-08
    "Europe/Berlin,    Mon before Berlin's spring change, 2026-03-20T17:00:00Z, 2026-03-23T08:00:00Z",
    "Europe/Berlin,    Mon after Berlin's spring change,  2026-03-27T17:00:00Z, 2026-03-30T07:00:00Z",
    "America/New_York, Mon before New York's spring change, 2026-02-27T23:00:00Z, 2026-03-02T14:00:00Z",
    "America/New_York, Mon after New York's spring change,  2026-03-06T23:00:00Z, 2026-03-09T13:00:00Z",
    // between the two changes New York is already on EDT, Berlin still on CET
    "America/New_York, Mon between the two changes, 2026-03-20T23:00:00Z, 2026-03-23T13:00:00Z",
    // the autumn change: Berlin on Sun 2026-10-25, New York on Sun 2026-11-01
    "Europe/Berlin,    Mon after Berlin's autumn change, 2026-10-23T17:00:00Z, 2026-10-26T08:00:00Z",
    "Europe/Berlin,    Mon before Berlin's autumn change, 2026-10-16T17:00:00Z, 2026-10-19T07:00:00Z",
    "America/New_York, Mon between the autumn changes, 2026-10-23T23:00:00Z, 2026-10-26T13:00:00Z",
    "America/New_York, Mon after New York's autumn change, 2026-10-30T23:00:00Z, 2026-11-02T14:00:00Z",
  })
  void opensAtNineLocalTimeOnEitherSideOfEachChange(
      String zone, String what, String friday, String opens) {
    WindowState s = at(OFFICE, ZoneId.of(zone), friday);

    assertThat(s.inside()).isFalse();
    assertThat(s.opensAt()).contains(Instant.parse(opens));
  }

  @Test
  void theMondayAfterBerlinsSpringChangeStartsAtSevenUtcAndIsInsideUntilFourteenUtc() {
    assertThat(at(OFFICE, BERLIN, "2026-03-30T06:59:59Z").inside()).isFalse();
    WindowState open = at(OFFICE, BERLIN, "2026-03-30T07:00:00Z");
    assertThat(open.inside()).isTrue();
    assertThat(open.closesAt()).contains(Instant.parse("2026-03-30T14:00:00Z"));
    assertThat(at(OFFICE, BERLIN, "2026-03-30T14:00:00Z").inside()).isFalse();
  }

  @Test
  void aWindowAcrossMidnightBelongsToTheDayItOpens() {
    WindowRule night = WindowRule.of(List.of("fri"), "22:00", "06:00");

    assertThat(night.crossesMidnight()).isTrue();
    assertThat(at(night, BERLIN, "2026-06-05T19:59:00Z").inside()).isFalse(); // Fri 21:59 CEST
    assertThat(at(night, BERLIN, "2026-06-05T20:00:00Z").inside()).isTrue(); // Fri 22:00
    WindowState saturday = at(night, BERLIN, "2026-06-06T03:00:00Z"); // Sat 05:00
    assertThat(saturday.inside()).isTrue();
    assertThat(saturday.closesAt()).contains(Instant.parse("2026-06-06T04:00:00Z"));
    WindowState late = at(night, BERLIN, "2026-06-06T04:00:00Z"); // Sat 06:00: closed
    assertThat(late.inside()).isFalse();
    assertThat(late.opensAt()).contains(Instant.parse("2026-06-12T20:00:00Z"));
    // Thursday night is not a window: the days are the days it opens on
    assertThat(at(night, BERLIN, "2026-06-05T01:00:00Z").inside()).isFalse();
  }

  @Test
  void aNightWindowAcrossTheYearEndClosesInTheNewYear() {
    WindowRule night = WindowRule.of(List.of("thu"), "22:00", "02:00");
    WindowState s = at(night, NEW_YORK, "2027-01-01T05:30:00Z"); // Fri 2027-01-01 00:30 EST

    assertThat(s.inside()).isTrue();
    assertThat(s.closesAt()).contains(Instant.parse("2027-01-01T07:00:00Z"));
    WindowState before = at(night, NEW_YORK, "2026-12-31T12:00:00Z");
    assertThat(before.opensAt()).contains(Instant.parse("2027-01-01T03:00:00Z"));
  }

  @Test
  void aWholeDayWindowIsWrittenZeroToZeroOrTo2400() {
    WindowRule a = WindowRule.of(List.of("sat"), "00:00", "00:00");
    WindowRule b = WindowRule.of(List.of("sat"), "00:00", "24:00");

    assertThat(a).isEqualTo(b);
    assertThat(at(a, BERLIN, "2026-06-06T21:59:59Z").inside()).isTrue(); // Sat 23:59:59
    assertThat(at(a, BERLIN, "2026-06-06T22:00:00Z").inside()).isFalse(); // Sun 00:00
  }

  @Test
  void anOpeningInTheSpringGapMovesLaterByTheGapAsJavaTimeDoes() {
    // Sun 2026-03-29 02:30 does not exist in Berlin: java.time makes it 03:30 CEST (01:30 UTC)
    WindowRule w = WindowRule.of(List.of("sun"), "02:30", "05:00");
    WindowState s = at(w, BERLIN, "2026-03-29T00:00:00Z");

    assertThat(s.opensAt()).contains(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void anOpeningInTheAutumnOverlapIsTheEarlierOfTheTwoAsJavaTimeDoes() {
    // Sun 2026-10-25 02:30 happens twice in Berlin: the first is 02:30 CEST (00:30 UTC)
    WindowRule w = WindowRule.of(List.of("sun"), "02:30", "05:00");
    WindowState s = at(w, BERLIN, "2026-10-24T22:00:00Z");

    assertThat(s.opensAt()).contains(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(at(w, BERLIN, "2026-10-25T03:59:59Z").inside()).isTrue(); // 04:59:59 CET
  }

  @Test
  void touchingWindowsCloseAtTheEndOfTheWholeRun() {
    List<WindowRule> both =
        List.of(
            WindowRule.of(List.of("mon"), "09:00", "12:00"),
            WindowRule.of(List.of("mon"), "12:00", "16:00"));
    WindowState s = Windows.at(both, BERLIN, Instant.parse("2026-06-01T08:00:00Z"));

    assertThat(s.closesAt()).contains(Instant.parse("2026-06-01T14:00:00Z"));
  }

  @Test
  void windowsOpenEveryDayAllDayNeverClose() {
    WindowRule always =
        WindowRule.of(List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun"), "00:00", "00:00");
    WindowState s = at(always, BERLIN, "2026-06-01T08:00:00Z");

    assertThat(s.inside()).isTrue();
    assertThat(s.closesAt()).isEmpty();
  }

  @Test
  void rejectsUnknownDaysAndTimesWithTheAcceptedForms() {
    assertThatThrownBy(() -> WindowRule.of(List.of("monday"), "09:00", "16:00"))
        .hasMessage("unknown day 'monday': use mon, tue, wed, thu, fri, sat, sun");
    assertThatThrownBy(() -> WindowRule.of(List.of("mon"), "9:00", "16:00"))
        .hasMessage("'9:00' is not a time of day: write HH:MM, 00:00 to 23:59");
    assertThatThrownBy(() -> WindowRule.of(List.of("mon"), "24:00", "16:00"))
        .hasMessageContaining("'24:00' is not a time of day");
    assertThatThrownBy(() -> WindowRule.of(List.of(), "09:00", "16:00"))
        .hasMessageContaining("at least one day");
  }

  @Test
  void labelsNameDayRunsAndTimes() {
    assertThat(OFFICE.label()).isEqualTo("mon-thu 09:00-16:00");
    assertThat(WindowRule.of(List.of("fri", "mon", "tue"), "22:00", "24:00").label())
        .isEqualTo("mon,tue,fri 22:00-24:00");
  }
}
