package dev.releasesentinel.checks.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated instants over two years (both DST changes, two year ends) against a wall-clock oracle,
 * and the promise that "inside" agrees with "the next window opens now".
 */
class WindowsPropertyTest {

  static final List<WindowRule> WINDOWS =
      List.of(
          WindowRule.of(List.of("mon", "tue", "wed", "thu"), "09:00", "16:00"),
          WindowRule.of(List.of("fri"), "22:00", "06:00"));

  static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  static final long SPAN = Duration.ofDays(730).toSeconds();

  /** Inside per the wall clock: no window of these touches the 02:00-03:00 change hours. */
  static boolean oracle(LocalDateTime local) {
    DayOfWeek d = local.getDayOfWeek();
    LocalTime t = local.toLocalTime();
    boolean office =
        d.getValue() <= 4 && !t.isBefore(LocalTime.of(9, 0)) && t.isBefore(LocalTime.of(16, 0));
    boolean fridayNight = d == DayOfWeek.FRIDAY && !t.isBefore(LocalTime.of(22, 0));
    boolean saturdayMorning = d == DayOfWeek.SATURDAY && t.isBefore(LocalTime.of(6, 0));
    return office || fridayNight || saturdayMorning;
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC"})
  void insideAgreesWithTheWallClockAndWithTheNextOpeningBeingNow(String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    Random random = new Random(zoneName.hashCode());
    for (int i = 0; i < 5_000; i++) {
      Instant t = FROM.plusSeconds((long) (random.nextDouble() * SPAN));
      WindowState s = Windows.at(WINDOWS, zone, t);
      assertThat(s.inside())
          .as("%s in %s", t, zone)
          .isEqualTo(oracle(t.atZone(zone).toLocalDateTime()));
      Instant next = s.inside() ? t : s.opensAt().orElseThrow();
      assertThat(next).isAfterOrEqualTo(t);
      assertThat(Windows.at(WINDOWS, zone, next).inside()).as("open at %s", next).isTrue();
      if (!s.inside()) {
        Instant justBefore = next.minusSeconds(1);
        assertThat(Windows.at(WINDOWS, zone, justBefore).inside()).isFalse();
        assertThat(Duration.between(t, next)).isLessThanOrEqualTo(Duration.ofDays(7));
      } else {
        Instant closes = s.closesAt().orElseThrow();
        assertThat(closes).isAfter(t);
        assertThat(Windows.at(WINDOWS, zone, closes).inside()).isFalse();
        assertThat(Windows.at(WINDOWS, zone, closes.minusSeconds(1)).inside()).isTrue();
      }
    }
  }
}
