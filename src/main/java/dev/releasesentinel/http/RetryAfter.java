package dev.releasesentinel.http;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A {@code Retry-After} value (RFC 9110 section 10.2.3: delay-seconds or an HTTP-date) as a hint to
 * wait. A value that is neither, or asks for more than {@link #MAX} (absurd for a deploy gate), or
 * for no wait at all, is no usable hint: the normal backoff applies (docs/checks/api.md). Nothing
 * here throws, whatever the upstream sent.
 */
final class RetryAfter {

  /** The longest {@code Retry-After} taken as a hint. */
  static final Duration MAX = Duration.ofDays(1);

  private RetryAfter() {}

  /** The delay the value asks for; empty when it is malformed or longer than {@link #MAX}. */
  static Optional<Duration> parse(String value, Instant now) {
    String v = value.strip();
    if (v.matches("\\d+")) {
      // More digits than a day has seconds is absurd; skipping leading zeros keeps "00" zero.
      String digits = v.replaceFirst("^0+(?=.)", "");
      if (digits.length() > 6) {
        return Optional.empty();
      }
      Duration d = Duration.ofSeconds(Long.parseLong(digits));
      return d.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(d);
    }
    if (v.length() > 64) {
      return Optional.empty();
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      if (d.compareTo(MAX) > 0) {
        return Optional.empty();
      }
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * The hint in {@code value}: a delay from above zero up to {@link #MAX}. A zero asks for an
   * immediate retry, which the backoff already covers.
   */
  static Optional<Duration> hint(String value, Instant now) {
    return parse(value, now).filter(d -> !d.isZero());
  }
}
