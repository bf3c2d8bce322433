package dev.releasesentinel.engine;

import java.time.Duration;

/**
 * Human-readable durations for messages: {@code 250ms}, {@code 2.4s}, {@code 2m}, {@code 1m30s}.
 */
public final class Durations {

  private Durations() {}

  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + "ms";
    }
    if (ms < 60_000) {
      if (ms % 1000 == 0) {
        return (ms / 1000) + "s";
      }
      return String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
    }
    long s = ms / 1000;
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long sec = s % 60;
    StringBuilder b = new StringBuilder();
    if (h > 0) {
      b.append(h).append('h');
    }
    if (m > 0) {
      b.append(m).append('m');
    }
    if (sec > 0) {
      b.append(sec).append('s');
    }
    return b.toString();
  }
}
