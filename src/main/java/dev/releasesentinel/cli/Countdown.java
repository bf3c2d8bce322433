package dev.releasesentinel.cli;

import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.policy.WaitLoop;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * On a terminal, the wait between rounds of {@code --wait} counts down on one line of stderr ("next
 * round in 25 s"), redrawn each second and cleared when the next round starts (docs/waivers.md,
 * "Waiting until SAFE"). In CI logs there is one line per round instead.
 */
final class Countdown {

  /** How the countdown waits: {@link Thread#sleep(long)}, or a fake in tests. */
  @FunctionalInterface
  interface Pause {
    void millis(long ms) throws InterruptedException;
  }

  private Countdown() {}

  /** A sleeper that counts down through {@code redraw}; an empty text clears the line. */
  static WaitLoop.Sleeper sleeper(Clock clock, Consumer<String> redraw) {
    return sleeper(clock, redraw, Thread::sleep);
  }

  static WaitLoop.Sleeper sleeper(Clock clock, Consumer<String> redraw, Pause pause) {
    return until -> {
      try {
        for (long ms = until.toEpochMilli() - clock.millis();
            ms > 0;
            ms = until.toEpochMilli() - clock.millis()) {
          long seconds = (ms + 999) / 1000;
          redraw.accept("next round in " + Durations.words(Duration.ofSeconds(seconds)));
          pause.millis(Math.min(ms, ms - (seconds - 1) * 1000));
        }
      } finally {
        redraw.accept("");
      }
    };
  }

  /** The redraw of a terminal's stderr line: back to its start, erase it, write the text. */
  static Consumer<String> on(Console console) {
    return text -> console.errRaw("\r\033[K" + (text.isEmpty() ? "" : "release-sentinel: " + text));
  }
}
