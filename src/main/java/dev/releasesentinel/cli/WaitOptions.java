package dev.releasesentinel.cli;

import dev.releasesentinel.config.Units;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code check --wait DURATION [--interval DURATION]} (docs/waivers.md, "Waiting"). */
final class WaitOptions {

  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  static final Duration MAX_WAIT = Duration.ofHours(24);

  @Option(
      names = "--wait",
      paramLabel = "DURATION",
      description =
          "Re-run the checks that can heal until the gate is SAFE or DURATION has passed (at"
              + " most 24h); a failure that cannot heal by waiting (git, env, config) ends it at"
              + " once.")
  String wait;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      description =
          "Time between rounds of --wait (default 30s); a freeze or window boundary is waited for"
              + " exactly.")
  String interval;

  /** The wait and interval asked for; bad values are usage errors (exit 2). */
  Optional<Wait> parse(CommandLine cl) {
    if (wait == null) {
      if (interval != null) {
        throw new ParameterException(cl, "--interval is given without --wait DURATION");
      }
      return Optional.empty();
    }
    Duration w = duration(cl, "--wait", wait, MAX_WAIT);
    Duration i = interval == null ? DEFAULT_INTERVAL : duration(cl, "--interval", interval, w);
    return Optional.of(new Wait(w, i));
  }

  private static Duration duration(CommandLine cl, String flag, String text, Duration max) {
    try {
      return duration(flag, text, max);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
  }

  /** A duration above 0 and up to {@code max}; the message names {@code what} otherwise. */
  static Duration duration(String flag, String text, Duration max) {
    Optional<Duration> d = Units.duration(text);
    if (d.isEmpty() || d.get().isZero() || d.get().isNegative() || d.get().compareTo(max) > 0) {
      throw new IllegalArgumentException(
          flag
              + " '"
              + text
              + "' is not a duration above 0 and up to "
              + max.toString().substring(2).toLowerCase()
              + "; write e.g. 30m, 90s or 1h30m");
    }
    return d.get();
  }

  /** The Action's {@code wait} and {@code interval} inputs, read as the flags are. */
  static Optional<Wait> of(Optional<String> wait, Optional<String> interval) {
    if (wait.isEmpty()) {
      if (interval.isPresent()) {
        throw new IllegalArgumentException("input 'interval' is given without input 'wait'");
      }
      return Optional.empty();
    }
    Duration w = duration("input 'wait'", wait.get(), MAX_WAIT);
    Duration i = interval.map(t -> duration("input 'interval'", t, w)).orElse(DEFAULT_INTERVAL);
    return Optional.of(new Wait(w, i));
  }

  /** How long to wait, and how long between rounds. */
  record Wait(Duration total, Duration interval) {}
}
