package dev.releasesentinel.checks.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeFreezeTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final DateRangeFreeze YEAR_END =
      new DateRangeFreeze("year-end", TimePoint.parse("2026-12-20"), TimePoint.parse("2027-01-04"));

  @Test
  void datesAreMidnightInTheScheduleZoneAndToIsTheFirstMomentDeploysAreAllowedAgain() {
    assertThat(YEAR_END.at(BERLIN, Instant.parse("2026-12-19T22:59:59Z")))
        .isInstanceOf(FreezeState.Clear.class);
    assertThat(YEAR_END.at(BERLIN, Instant.parse("2026-12-19T23:00:00Z"))) // 20 Dec 00:00 CET
        .isEqualTo(
            new FreezeState.Frozen(
                Instant.parse("2026-12-19T23:00:00Z"),
                Optional.of(Instant.parse("2027-01-03T23:00:00Z")),
                ""));
    assertThat(YEAR_END.at(BERLIN, Instant.parse("2027-01-03T22:59:59Z")))
        .isInstanceOf(FreezeState.Frozen.class);
    assertThat(YEAR_END.at(BERLIN, Instant.parse("2027-01-03T23:00:00Z"))) // 4 Jan 00:00 CET
        .isEqualTo(FreezeState.Clear.ended(Instant.parse("2027-01-03T23:00:00Z")));
  }

  @Test
  void theSameDatesInNewYorkAreFiveHoursLaterInUtc() {
    ZoneId ny = ZoneId.of("America/New_York");
    assertThat(YEAR_END.at(ny, Instant.parse("2027-01-04T04:59:59Z")))
        .isInstanceOf(FreezeState.Frozen.class);
    assertThat(YEAR_END.at(ny, Instant.parse("2027-01-04T05:00:00Z")))
        .isInstanceOf(FreezeState.Clear.class);
  }

  @Test
  void rfc3339TimesAreExactInstantsWhateverTheZone() {
    DateRangeFreeze launch =
        new DateRangeFreeze(
            "launch",
            TimePoint.parse("2026-11-26T18:00:00-05:00"),
            TimePoint.parse("2026-11-30 06:00:00Z"));

    FreezeState s = launch.at(BERLIN, Instant.parse("2026-11-27T00:00:00Z"));
    assertThat(s)
        .isEqualTo(
            new FreezeState.Frozen(
                Instant.parse("2026-11-26T23:00:00Z"),
                Optional.of(Instant.parse("2026-11-30T06:00:00Z")),
                ""));
  }

  @Test
  void aFutureRangeSaysWhenItStartsAndEnds() {
    assertThat(YEAR_END.at(BERLIN, Instant.parse("2026-12-01T10:00:00Z")))
        .isEqualTo(
            FreezeState.Clear.next(
                Instant.parse("2026-12-19T23:00:00Z"), Instant.parse("2027-01-03T23:00:00Z"), ""));
  }

  @Test
  void rejectsTimesWithoutAnOffsetAndOtherShapes() {
    assertThatThrownBy(() -> TimePoint.parse("2026-12-20T18:00"))
        .hasMessageContaining("neither a date (2026-12-20) nor an RFC 3339 time with an offset");
    assertThatThrownBy(() -> TimePoint.parse("20.12.2026"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TimePoint.parse("2026-02-30"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowsWhetherTheRangeIsOrdered() {
    assertThat(YEAR_END.isOrdered(BERLIN)).isTrue();
    assertThat(new DateRangeFreeze("x", YEAR_END.to(), YEAR_END.from()).isOrdered(BERLIN))
        .isFalse();
    assertThat(new DateRangeFreeze("x", YEAR_END.to(), YEAR_END.to()).isOrdered(BERLIN)).isFalse();
  }
}
