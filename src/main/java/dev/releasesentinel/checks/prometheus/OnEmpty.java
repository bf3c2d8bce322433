package dev.releasesentinel.checks.prometheus;

/**
 * What a query with no data means (docs/checks/prometheus.md, "No data"): an empty result, only NaN
 * values, or, over a {@code for} window, evaluations at which nothing came back. No data is never
 * silently a pass: {@link #ERROR} is the default.
 */
public enum OnEmpty {
  /** The check cannot tell: ERROR. */
  ERROR,
  /** No data is good news (a query written as a filter, {@code rate(errors[5m]) > 0.01}). */
  PASS,
  /** No data is itself a failure (the service stopped reporting). */
  FAIL;

  /** The config's word: {@code error}, {@code pass}, {@code fail}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
