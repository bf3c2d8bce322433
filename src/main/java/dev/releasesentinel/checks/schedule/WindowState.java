package dev.releasesentinel.checks.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * The deploy windows at one instant. Inside: {@code window} is the one that contains it and {@code
 * closesAt} the end of the run of windows that follow on without a gap (empty when that run lasts
 * more than two weeks). Outside: {@code opensAt} is when the next window opens.
 */
public record WindowState(
    boolean inside,
    Optional<WindowRule> window,
    Optional<Instant> opensAt,
    Optional<Instant> closesAt) {

  static WindowState inside(WindowRule window, Optional<Instant> closesAt) {
    return new WindowState(true, Optional.of(window), Optional.empty(), closesAt);
  }

  static WindowState outside(Optional<WindowRule> next, Optional<Instant> opensAt) {
    return new WindowState(false, next, opensAt, Optional.empty());
  }
}
