package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The terminal's countdown between rounds of --wait, on a clock the test moves. */
class CountdownTest {

  /** A clock the pauses move forward. */
  static final class Moving extends Clock {
    Instant now = Instant.parse("2026-12-11T16:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void countsDownEachSecondThenClearsTheLine() throws Exception {
    Moving clock = new Moving();
    List<String> lines = new ArrayList<>();
    List<Long> pauses = new ArrayList<>();
    Countdown.sleeper(
            clock,
            lines::add,
            ms -> {
              pauses.add(ms);
              clock.now = clock.now.plusMillis(ms);
            })
        .sleepUntil(clock.now.plusMillis(2_500));
    assertThat(lines)
        .containsExactly("next round in 3 s", "next round in 2 s", "next round in 1 s", "");
    assertThat(pauses).containsExactly(500L, 1000L, 1000L);
    assertThat(clock.now).isEqualTo(Instant.parse("2026-12-11T16:00:02.500Z"));
  }

  @Test
  void aStopMidWayStillClearsTheLine() {
    Moving clock = new Moving();
    List<String> lines = new ArrayList<>();
    assertThatThrownBy(
            () ->
                Countdown.sleeper(
                        clock,
                        lines::add,
                        ms -> {
                          throw new InterruptedException("stopped");
                        })
                    .sleepUntil(clock.now.plusSeconds(30)))
        .isInstanceOf(InterruptedException.class);
    assertThat(lines).containsExactly("next round in 30 s", "");
  }

  @Test
  void aTimeAlreadyPassedDrawsNothingButTheClear() throws Exception {
    Moving clock = new Moving();
    List<String> lines = new ArrayList<>();
    Countdown.sleeper(clock, lines::add, ms -> {}).sleepUntil(clock.now.minusSeconds(1));
    assertThat(lines).containsExactly("");
  }
}
