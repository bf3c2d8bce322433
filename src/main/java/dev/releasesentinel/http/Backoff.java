package dev.releasesentinel.http;

import java.time.Duration;
import java.util.Optional;

/**
 * The wait before the next attempt (docs/checks/api.md, "Attempts, waits and the deadline"): it
 * doubles from {@code backoff} up to {@code maxBackoff}, with jitter of at most ±25%, never above
 * {@code maxBackoff}; a usable {@code Retry-After} is honoured up to {@code maxBackoff}, and the
 * longer of the two is waited. A pure function, which the retry policy uses as its delay function:
 * Failsafe's own backoff and jitter cannot keep these two promises (it applies jitter after its
 * maximum, and to a delay function's value too).
 */
final class Backoff {

  /** The share of the wait that jitter may add or take away. */
  static final double JITTER = 0.25;

  private final Duration backoff;
  private final Duration maxBackoff;

  Backoff(Duration backoff, Duration maxBackoff) {
    this.backoff = backoff;
    this.maxBackoff = maxBackoff;
  }

  /**
   * The wait after {@code failed} failed attempts (1 for the wait before the second attempt).
   *
   * @param hint what the last answer's {@code Retry-After} asked for, if it was a usable hint
   * @param draw a number in [0, 1) for the jitter: 0.5 adds none
   */
  Duration after(int failed, Optional<Duration> hint, double draw) {
    Duration base = backoff;
    for (int i = 1; i < failed && base.compareTo(maxBackoff) < 0; i++) {
      base = base.multipliedBy(2);
    }
    base = min(base, maxBackoff);
    double factor = 1 + JITTER * (2 * draw - 1);
    Duration wait = min(Duration.ofNanos(Math.round(base.toNanos() * factor)), maxBackoff);
    if (hint.isPresent()) {
      Duration honoured = min(hint.get(), maxBackoff);
      if (honoured.compareTo(wait) > 0) {
        wait = honoured;
      }
    }
    return wait;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
