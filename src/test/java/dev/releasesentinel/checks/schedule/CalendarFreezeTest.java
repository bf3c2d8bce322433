package dev.releasesentinel.checks.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class CalendarFreezeTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final String TRAIN = "release-train-google.ics";
  static final String HOLIDAYS = "holidays-google.ics";

  static FreezeState.Frozen frozen(String since, String until, String what) {
    return new FreezeState.Frozen(Instant.parse(since), Optional.of(Instant.parse(until)), what);
  }

  @Test
  void aWeeklyEventInProgressFreezesUntilItsEndInItsOwnZone() {
    // Thu 2026-03-26 16:30 CET, then Thu 2026-04-09 16:30 CEST: 18:00 local both times
    assertThat(Calendars.at(TRAIN, BERLIN, "2026-03-26T15:30:00Z"))
        .isEqualTo(frozen("2026-03-26T15:00:00Z", "2026-03-26T17:00:00Z", "Release train cut-off"));
    assertThat(Calendars.at(TRAIN, BERLIN, "2026-04-09T14:30:00Z"))
        .isEqualTo(frozen("2026-04-09T14:00:00Z", "2026-04-09T16:00:00Z", "Release train cut-off"));
  }

  @Test
  void anExdateRemovesThatWeek() {
    assertThat(Calendars.at(TRAIN, BERLIN, "2026-04-02T14:30:00Z"))
        .isEqualTo(
            FreezeState.Clear.next(
                Instant.parse("2026-04-09T14:00:00Z"),
                Instant.parse("2026-04-09T16:00:00Z"),
                "Release train cut-off"));
  }

  @Test
  void aRecurrenceOverrideMovesThatWeeksOccurrence() {
    assertThat(Calendars.at(TRAIN, BERLIN, "2026-04-23T10:30:00Z"))
        .isEqualTo(
            frozen(
                "2026-04-23T10:00:00Z",
                "2026-04-23T12:00:00Z",
                "Release train cut-off (moved for the offsite)"));
    assertThat(Calendars.at(TRAIN, BERLIN, "2026-04-23T14:30:00Z"))
        .isInstanceOf(FreezeState.Clear.class);
  }

  @Test
  void aCancelledOccurrenceBlocksNothing() {
    assertThat(Calendars.at(TRAIN, BERLIN, "2026-05-07T14:30:00Z"))
        .isInstanceOf(FreezeState.Clear.class);
    assertThat(Calendars.at(HOLIDAYS, BERLIN, "2026-06-05T10:00:00Z"))
        .isInstanceOf(FreezeState.Clear.class);
  }

  @Test
  void generatedInstantsAgreeWithTheSeriesOnTheWallClock() {
    Set<LocalDate> notOnThursday =
        Set.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 23), LocalDate.of(2026, 5, 7));
    Random random = new Random(16);
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 300; i++) {
      // near Thursday afternoons, where the answers change
      Instant thursday = from.plus(Duration.ofDays(7L * random.nextInt(52)));
      while (thursday.atZone(BERLIN).getDayOfWeek() != DayOfWeek.THURSDAY) {
        thursday = thursday.plus(Duration.ofDays(1));
      }
      Instant t =
          thursday
              .atZone(BERLIN)
              .with(LocalTime.of(15, 0))
              .toInstant()
              .plusSeconds(random.nextInt(4 * 3600));
      LocalDateTime l = t.atZone(BERLIN).toLocalDateTime();
      boolean expected =
          !notOnThursday.contains(l.toLocalDate())
              && !l.toLocalTime().isBefore(LocalTime.of(16, 0))
              && l.toLocalTime().isBefore(LocalTime.of(18, 0));
      FreezeState s = Calendars.at(TRAIN, BERLIN, t.toString());
      assertThat(s instanceof FreezeState.Frozen).as("%s", l).isEqualTo(expected);
    }
  }

  @Test
  void adjacentAndOverlappingEventsMergeSoFrozenUntilIsTheTrueEnd() {
    // Christmas (24-26 Dec) touches "Between the years" (27 Dec - 3 Jan), which overlaps NYE
    assertThat(Calendars.at(HOLIDAYS, BERLIN, "2026-12-25T09:00:00Z"))
        .isEqualTo(frozen("2026-12-23T23:00:00Z", "2027-01-03T23:00:00Z", "Christmas"));
    assertThat(Calendars.at(HOLIDAYS, BERLIN, "2026-12-31T20:00:00Z"))
        .isEqualTo(
            frozen(
                "2026-12-26T23:00:00Z",
                "2027-01-03T23:00:00Z",
                "Between the years, New Year's Eve on call"));
    assertThat(Calendars.at(HOLIDAYS, BERLIN, "2027-01-03T23:00:00Z"))
        .isInstanceOf(FreezeState.Clear.class);
  }

  @Test
  void aYearlyAllDayEventRecurs() {
    assertThat(Calendars.at(HOLIDAYS, BERLIN, "2028-05-01T12:00:00Z"))
        .isEqualTo(frozen("2028-04-30T22:00:00Z", "2028-05-01T22:00:00Z", "Labour Day"));
  }

  @Test
  void allDayEventsAreDaysInTheScheduleZone() {
    assertThat(Calendars.at(HOLIDAYS, NEW_YORK, "2026-12-24T04:30:00Z")) // 23 Dec 23:30 EST
        .isInstanceOf(FreezeState.Clear.class);
    assertThat(Calendars.at(HOLIDAYS, NEW_YORK, "2026-12-24T05:00:00Z")) // 24 Dec 00:00 EST
        .isEqualTo(frozen("2026-12-24T05:00:00Z", "2027-01-04T05:00:00Z", "Christmas"));
  }

  @Test
  void theAnswerDoesNotDependOnTheMachinesTimeZone() {
    TimeZone saved = TimeZone.getDefault();
    try {
      for (String id : new String[] {"Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata"}) {
        TimeZone.setDefault(TimeZone.getTimeZone(id));
        assertThat(Calendars.at(HOLIDAYS, BERLIN, "2026-12-23T22:59:59Z"))
            .as(id)
            .isInstanceOf(FreezeState.Clear.class);
        assertThat(Calendars.at(HOLIDAYS, BERLIN, "2026-12-23T23:00:00Z"))
            .as(id)
            .isInstanceOf(FreezeState.Frozen.class);
        assertThat(Calendars.at(TRAIN, BERLIN, "2026-03-26T15:30:00Z"))
            .as(id)
            .isInstanceOf(FreezeState.Frozen.class);
      }
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test
  void anOutlookExportWithAWindowsZoneNameAndItsVtimezone() {
    // Tue 2026-03-03 15:00-17:00 EST; Tue 2026-03-10 15:00-17:00 EDT; 2026-03-17 excluded
    assertThat(Calendars.at("cab-outlook.ics", NEW_YORK, "2026-03-03T20:30:00Z"))
        .isEqualTo(frozen("2026-03-03T20:00:00Z", "2026-03-03T22:00:00Z", "Change advisory board"));
    assertThat(Calendars.at("cab-outlook.ics", NEW_YORK, "2026-03-10T19:30:00Z"))
        .isEqualTo(frozen("2026-03-10T19:00:00Z", "2026-03-10T21:00:00Z", "Change advisory board"));
    assertThat(Calendars.at("cab-outlook.ics", NEW_YORK, "2026-03-17T19:30:00Z"))
        .isInstanceOf(FreezeState.Clear.class);
  }

  @Test
  void withNothingAheadItSaysSo() {
    assertThat(Calendars.at("cab-outlook.ics", NEW_YORK, "2020-01-01T00:00:00Z"))
        .isInstanceOf(FreezeState.Clear.class);
    assertThat(Calendars.at(HOLIDAYS, BERLIN, "2026-07-01T00:00:00Z"))
        .isEqualTo(FreezeState.Clear.none());
  }
}
