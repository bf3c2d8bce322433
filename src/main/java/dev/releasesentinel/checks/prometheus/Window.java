package dev.releasesentinel.checks.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The evaluations of a {@code for} window (docs/checks/prometheus.md, "Windows"): a range query
 * from {@code start} to {@code end} (the run's evaluation instant) every {@code step}, both ends
 * included. Without a configured step it is a sixtieth of the window, between 1s and 15s (a common
 * scrape and rule interval), so that a short spike is seen; windows past 41h 40m get a longer step,
 * to stay within 10,000 evaluations (Prometheus refuses more than 11,000 points).
 */
record Window(Instant start, Instant end, Duration step, int evaluations) {

  static final Duration MIN_STEP = Duration.ofSeconds(1);
  static final Duration MAX_AUTO_STEP = Duration.ofSeconds(15);
  static final int MAX_STEPS = 10_000;

  /** Rejects a window or step no run could use. */
  static void check(Duration window, Optional<Duration> step) {
    if (window.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("for is shorter than 1s: give a window such as 10m");
    }
    if (window.compareTo(PrometheusConfig.MAX_WINDOW) > 0) {
      throw new IllegalArgumentException(
          "for is longer than 15 days (360h): Prometheus keeps no more by default");
    }
    if (step.isPresent()) {
      Duration s = step.get();
      if (s.compareTo(MIN_STEP) < 0 || s.compareTo(window) > 0) {
        throw new IllegalArgumentException("step must be between 1s and the window (for)");
      }
      if (window.toMillis() / s.toMillis() > MAX_STEPS) {
        throw new IllegalArgumentException(
            "step is too short for this window: at most 10000 evaluations (step >= for/10000)");
      }
    }
  }

  static Window over(Instant end, Duration window, Optional<Duration> configured) {
    long len = window.toMillis();
    long stepMs = configured.map(Duration::toMillis).orElseGet(() -> auto(len));
    long steps = len / stepMs;
    Instant start = end.minusMillis(steps * stepMs);
    return new Window(start, end, Duration.ofMillis(stepMs), (int) steps + 1);
  }

  private static long auto(long len) {
    long step = Math.min(MAX_AUTO_STEP.toMillis(), len / 60);
    step = Math.max(MIN_STEP.toMillis(), step / 1000 * 1000);
    return Math.max(step, ceilDiv(len, MAX_STEPS));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /** The time the window covers: {@code end - start}. */
  Duration length() {
    return Duration.between(start, end);
  }

  /** The instant of evaluation {@code i} (0 is the start). */
  Instant at(int i) {
    return start.plus(step.multipliedBy(i));
  }

  /** The index of the evaluation at {@code epochMillis}, or -1 if it is not one. */
  int index(long epochMillis) {
    long off = epochMillis - start.toEpochMilli();
    if (off < 0 || off % step.toMillis() != 0) {
      return -1;
    }
    long i = off / step.toMillis();
    return i < evaluations ? (int) i : -1;
  }
}
