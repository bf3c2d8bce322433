package dev.releasesentinel.checks.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronFreezeTest {

  static final CronFreeze WEEKEND = new CronFreeze("weekend", "0 16 * * 5", "0 8 * * 1");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static FreezeState at(ZoneId zone, String t) {
    return Freezes.cron(WEEKEND, zone, Instant.parse(t));
  }

  @Test
  void freezesFromFridaySixteenToMondayEightStartIncludedEndExcluded() {
    assertThat(at(BERLIN, "2026-06-05T13:59:59Z")).isInstanceOf(FreezeState.Clear.class);
    assertThat(at(BERLIN, "2026-06-05T14:00:00Z")) // Fri 16:00 CEST
        .isEqualTo(
            new FreezeState.Frozen(
                Instant.parse("2026-06-05T14:00:00Z"),
                Optional.of(Instant.parse("2026-06-08T06:00:00Z")),
                ""));
    assertThat(at(BERLIN, "2026-06-06T12:00:00Z")).isInstanceOf(FreezeState.Frozen.class);
    assertThat(at(BERLIN, "2026-06-08T05:59:59.999Z")).isInstanceOf(FreezeState.Frozen.class);
    assertThat(at(BERLIN, "2026-06-08T06:00:00Z")).isInstanceOf(FreezeState.Clear.class);
  }

  @ParameterizedTest(name = "{0}: frozen {1} until {2}")
  @CsvSource({
    // Berlin springs forward on Sun 2026-03-29: frozen at 16:00 CET, thawed at 08:00 CEST
    "Europe/Berlin,    2026-03-28T12:00:00Z, 2026-03-27T15:00:00Z, 2026-03-30T06:00:00Z",
    // Berlin falls back on Sun 2026-10-25: frozen at 16:00 CEST, thawed at 08:00 CET
    "Europe/Berlin,    2026-10-24T12:00:00Z, 2026-10-23T14:00:00Z, 2026-10-26T07:00:00Z",
    // New York springs forward on Sun 2026-03-08 and falls back on Sun 2026-11-01
    "America/New_York, 2026-03-07T12:00:00Z, 2026-03-06T21:00:00Z, 2026-03-09T12:00:00Z",
    "America/New_York, 2026-10-31T12:00:00Z, 2026-10-30T20:00:00Z, 2026-11-02T13:00:00Z",
    // the weekend across the year end
    "Europe/Berlin,    2027-01-02T12:00:00Z, 2027-01-01T15:00:00Z, 2027-01-04T07:00:00Z",
  })
  void aWeekendAcrossADaylightSavingChangeEndsAtEightLocalTime(
      String zone, String t, String since, String until) {
    assertThat(at(ZoneId.of(zone), t))
        .isEqualTo(
            new FreezeState.Frozen(Instant.parse(since), Optional.of(Instant.parse(until)), ""));
  }

  @Test
  void outsideTheFreezeSaysWhenTheNextOneStartsAndEnds() {
    assertThat(at(BERLIN, "2026-06-03T10:00:00Z"))
        .isEqualTo(
            FreezeState.Clear.next(
                Instant.parse("2026-06-05T14:00:00Z"), Instant.parse("2026-06-08T06:00:00Z"), ""));
  }

  @Test
  void startAndEndAtTheSameMinuteIsNotFrozen() {
    CronFreeze same = new CronFreeze("same", "0 12 * * *", "0 12 * * *");
    assertThat(Freezes.cron(same, BERLIN, Instant.parse("2026-06-03T10:00:00Z")))
        .isInstanceOf(FreezeState.Clear.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Berlin", "America/New_York"})
  void generatedInstantsAgreeWithTheWallClock(String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    Random random = new Random(7);
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    long span = Duration.ofDays(400).toSeconds();
    for (int i = 0; i < 1_500; i++) {
      Instant t = from.plusSeconds((long) (random.nextDouble() * span));
      LocalDateTime l = t.atZone(zone).toLocalDateTime();
      DayOfWeek d = l.getDayOfWeek();
      boolean frozen =
          d == DayOfWeek.FRIDAY && !l.toLocalTime().isBefore(LocalTime.of(16, 0))
              || d == DayOfWeek.SATURDAY
              || d == DayOfWeek.SUNDAY
              || d == DayOfWeek.MONDAY && l.toLocalTime().isBefore(LocalTime.of(8, 0));
      FreezeState s = Freezes.cron(WEEKEND, zone, t);
      assertThat(s instanceof FreezeState.Frozen).as("%s (%s)", t, l).isEqualTo(frozen);
      if (s instanceof FreezeState.Frozen f) {
        Instant until = f.until().orElseThrow();
        assertThat(until.atZone(zone).toLocalDateTime().toLocalTime())
            .isEqualTo(LocalTime.of(8, 0));
        assertThat(Freezes.cron(WEEKEND, zone, until)).isInstanceOf(FreezeState.Clear.class);
        assertThat(Duration.between(t, until)).isLessThanOrEqualTo(Duration.ofHours(65));
      }
    }
  }

  @Test
  void rejectsExpressionsThatAreNotUnixCronNamingTheKey() {
    assertThatThrownBy(() -> new CronFreeze("x", "0 16 * * 5 2026", "0 8 * * 1"))
        .hasMessageStartingWith("cron-start '0 16 * * 5 2026' is not a UNIX cron expression");
    assertThatThrownBy(() -> new CronFreeze("x", "0 16 * * 5", "61 8 * * 1"))
        .hasMessageStartingWith("cron-end '61 8 * * 1' is not a UNIX cron expression");
    assertThatThrownBy(() -> new CronFreeze("x", "", "0 8 * * 1"))
        .hasMessageStartingWith("cron-start is required");
  }

  /**
   * cron-utils skips a firing whose local time falls in the spring gap; a freeze honours it at the
   * gap's end instead (fails closed). One in the autumn overlap starts at the first pass.
   */
  @ParameterizedTest
  @CsvSource({
    // zone, instant of the change (the gap's end), a moment inside the night, next 04:00 local
    "Europe/Berlin, 2026-03-29T01:00:00Z, 2026-03-29T01:15:00Z, 2026-03-29T02:00:00Z",
    "America/New_York, 2026-03-08T07:00:00Z, 2026-03-08T07:15:00Z, 2026-03-08T08:00:00Z"
  })
  void aStartInTheSpringGapFiresAtTheGapsEnd(
      String zoneId, String change, String inside, String end) {
    ZoneId zone = ZoneId.of(zoneId);
    CronFreeze night = new CronFreeze("night", "30 2 * * *", "0 4 * * *");
    Instant changeAt = Instant.parse(change);
    assertThat(Freezes.cron(night, zone, changeAt.minusSeconds(1)))
        .isInstanceOf(FreezeState.Clear.class)
        .extracting(c -> ((FreezeState.Clear) c).nextStart())
        .isEqualTo(Optional.of(changeAt));
    FreezeState expected = new FreezeState.Frozen(changeAt, Optional.of(Instant.parse(end)), "");
    assertThat(Freezes.cron(night, zone, changeAt)).isEqualTo(expected);
    assertThat(Freezes.cron(night, zone, Instant.parse(inside))).isEqualTo(expected);
    assertThat(Freezes.cron(night, zone, Instant.parse(end))).isInstanceOf(FreezeState.Clear.class);
    // the next night is an ordinary one again: 02:30 local exists
    Instant nextNight = changeAt.plus(Duration.ofDays(1)).minus(Duration.ofMinutes(30));
    assertThat(Freezes.cron(night, zone, nextNight))
        .isEqualTo(
            new FreezeState.Frozen(
                nextNight, Optional.of(Instant.parse(end).plus(Duration.ofDays(1))), ""));
  }

  @Test
  void aWeeklyStartInTheGapStillFreezesTheWholeWeekend() {
    // Sundays 02:15 to Mondays 08:00; Berlin springs forward on Sun 2026-03-29 02:00
    CronFreeze sunday = new CronFreeze("sunday", "15 2 * * 0", "0 8 * * 1");
    assertThat(Freezes.cron(sunday, BERLIN, Instant.parse("2026-03-29T12:00:00Z")))
        .isEqualTo(
            new FreezeState.Frozen(
                Instant.parse("2026-03-29T01:00:00Z"),
                Optional.of(Instant.parse("2026-03-30T06:00:00Z")),
                ""));
  }

  @Test
  void anEndInTheSpringGapEndsTheFreezeAtTheGapsEnd() {
    CronFreeze evening = new CronFreeze("evening", "0 22 * * 6", "30 2 * * 0");
    assertThat(Freezes.cron(evening, BERLIN, Instant.parse("2026-03-29T00:59:00Z")))
        .isEqualTo(
            new FreezeState.Frozen(
                Instant.parse("2026-03-28T21:00:00Z"),
                Optional.of(Instant.parse("2026-03-29T01:00:00Z")),
                ""));
    assertThat(Freezes.cron(evening, BERLIN, Instant.parse("2026-03-29T01:00:00Z")))
        .isInstanceOf(FreezeState.Clear.class);
  }

  @Test
  void aStartInTheAutumnOverlapFiresAtTheFirstPass() {
    CronFreeze night = new CronFreeze("night", "30 2 * * *", "0 4 * * *");
    // Sun 2026-10-25 02:30 happens twice: frozen from the first (00:30 UTC) until 04:00 CET
    assertThat(Freezes.cron(night, BERLIN, Instant.parse("2026-10-25T00:29:00Z")))
        .isInstanceOf(FreezeState.Clear.class);
    assertThat(Freezes.cron(night, BERLIN, Instant.parse("2026-10-25T00:45:00Z")))
        .isEqualTo(
            new FreezeState.Frozen(
                Instant.parse("2026-10-25T00:30:00Z"),
                Optional.of(Instant.parse("2026-10-25T03:00:00Z")),
                ""));
  }

  @Test
  void aCronThatNeverFiresNeverFreezes() {
    CronFreeze never = new CronFreeze("never", "0 0 30 2 *", "0 8 * * 1");
    assertThat(Freezes.cron(never, BERLIN, Instant.parse("2026-06-03T10:00:00Z")))
        .isEqualTo(FreezeState.Clear.none());
  }
}
