package dev.releasesentinel.checks.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowTest {

  private static final Instant END = Instant.parse("2026-12-07T08:00:00Z");

  @ParameterizedTest(name = "for {0}: every {1}, {2} evaluations")
  @CsvSource({
    "PT30S, PT1S, 31",
    "PT2M, PT2S, 61",
    "PT10M, PT10S, 61",
    "PT15M, PT15S, 61",
    "PT1H, PT15S, 241",
    "PT24H, PT15S, 5761",
    "PT48H, PT17.28S, 10001",
    "PT360H, PT2M9.6S, 10001"
  })
  void aStepIsChosenFromTheWindow(Duration window, Duration step, int evaluations) {
    Window w = Window.over(END, window, Optional.empty());

    assertThat(w.step()).isEqualTo(step);
    assertThat(w.evaluations()).isEqualTo(evaluations);
    assertThat(w.end()).isEqualTo(END);
    assertThat(w.at(evaluations - 1)).isEqualTo(END);
    assertThat(Duration.between(w.start(), w.end())).isLessThanOrEqualTo(window);
  }

  @ParameterizedTest
  @CsvSource({"PT10M, PT1M, 11", "PT10M, PT7M, 2"})
  void aConfiguredStepIsKept(Duration window, Duration step, int evaluations) {
    Window w = Window.over(END, window, Optional.of(step));

    assertThat(w.step()).isEqualTo(step);
    assertThat(w.evaluations()).isEqualTo(evaluations);
  }

  @ParameterizedTest
  @CsvSource({
    "PT0.5S, , for is shorter than 1s",
    "PT361H, , for is longer than 15 days",
    "PT10M, PT0.5S, step must be between 1s and the window",
    "PT10M, PT11M, step must be between 1s and the window",
    "PT10H, PT1S, step is too short for this window"
  })
  void refusesWindowsNoRunCouldUse(Duration window, Duration step, String why) {
    assertThatThrownBy(() -> Window.check(window, Optional.ofNullable(step)))
        .hasMessageStartingWith(why);
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "10000, 1", "600000, 60", "5000, -1", "610000, -1", "-10000, -1"})
  void findsTheEvaluationOfAnInstant(long offsetMillis, int index) {
    Window w = Window.over(END, Duration.ofMinutes(10), Optional.empty());

    assertThat(w.index(w.start().toEpochMilli() + offsetMillis)).isEqualTo(index);
  }
}
