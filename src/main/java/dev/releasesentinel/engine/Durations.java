package dev.releasesentinel.engine;

import java.time.Duration;

/**
 * Human-readable durations. {@link #words} is how every report says a duration (a check's wall
 * time, an attempt's latency, a run's): {@code 48 ms}, {@code 3.2 s}, {@code 2 min 5 s}
 * (docs/report-formats.md, "Durations"). {@link #format} is the compact form of config values
 * ({@code 250ms}, {@code 2.4s}, {@code 1m30s}) that checks still use in their messages.
 */
public final class Durations {

  private Durations() {}

  /** {@code 48 ms} under a second, {@code 3.2 s} under a minute, else {@code 2 min 5 s}. */
  public static String words(Duration d) {
    long ms = Math.max(0, d.toMillis());
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 59_950) {
      long tenths = Math.round(ms / 100.0);
      return tenths % 10 == 0 ? tenths / 10 + " s" : tenths / 10 + "." + tenths % 10 + " s";
    }
    long s = Math.round(ms / 1000.0);
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long sec = s % 60;
    StringBuilder b = new StringBuilder();
    if (h > 0) {
      b.append(h).append(" h");
    }
    if (m > 0) {
      b.append(b.length() > 0 ? " " : "").append(m).append(" min");
    }
    if (sec > 0) {
      b.append(b.length() > 0 ? " " : "").append(sec).append(" s");
    }
    return b.toString();
  }

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
