package dev.releasesentinel.checks.api;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How many attempts an endpoint gets and how long to wait between them (docs/checks/api.md): the
 * wait doubles from {@code backoff} up to {@code maxBackoff}, with jitter of at most ±25%, never
 * above {@code maxBackoff}; a {@code Retry-After} answer is honoured up to {@code maxBackoff}.
 *
 * @param random a source of numbers in [0, 1) for the jitter
 */
public record RetryPlan(
    int attempts, Duration backoff, Duration maxBackoff, DoubleSupplier random, Clock clock) {

  /** The share of the wait that jitter may add or take away. */
  public static final double JITTER = 0.25;

  /**
   * The least time worth starting an attempt with: a shorter one would only time out. An attempt
   * with less than this left before the deadline is not started.
   */
  public static final Duration MIN_ATTEMPT = Duration.ofMillis(200);

  public RetryPlan {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * The wait after {@code failed} failed attempts (1 for the wait before the second attempt), given
   * the last attempt's {@code Retry-After} header if it had one.
   */
  public Duration delayAfter(int failed, Optional<String> retryAfter) {
    Duration base = backoff;
    for (int i = 1; i < failed && base.compareTo(maxBackoff) < 0; i++) {
      base = base.multipliedBy(2);
    }
    base = min(base, maxBackoff);
    double factor = 1 + JITTER * (2 * random.getAsDouble() - 1);
    Duration wait = min(Duration.ofNanos(Math.round(base.toNanos() * factor)), maxBackoff);
    Optional<Duration> asked = retryAfter.flatMap(h -> parseRetryAfter(h, clock.instant()));
    if (asked.isPresent()) {
      Duration honoured = min(asked.get(), maxBackoff);
      if (honoured.compareTo(wait) > 0) {
        wait = honoured;
      }
    }
    return wait;
  }

  /** Whether an attempt can still start after {@code wait} with {@code remaining} time left. */
  public boolean roomFor(Duration wait, Duration remaining, Duration attemptTimeout) {
    return remaining.minus(wait).compareTo(min(MIN_ATTEMPT, attemptTimeout)) >= 0;
  }

  /** The longest {@code Retry-After} taken as a hint; a longer one is absurd for a deploy gate. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

  /**
   * A {@code Retry-After} value: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3); empty
   * when it is neither, or when it asks for more than {@link #MAX_RETRY_AFTER}: no usable hint, so
   * the normal backoff applies (docs/checks/api.md). Never throws, whatever the upstream sent.
   */
  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String v = value.strip();
    if (v.matches("\\d+")) {
      // More digits than a day has seconds is absurd; skipping leading zeros keeps "00" zero.
      String digits = v.replaceFirst("^0+(?=.)", "");
      if (digits.length() > 6) {
        return Optional.empty();
      }
      Duration d = Duration.ofSeconds(Long.parseLong(digits));
      return d.compareTo(MAX_RETRY_AFTER) > 0 ? Optional.empty() : Optional.of(d);
    }
    if (v.length() > 64) {
      return Optional.empty();
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      if (d.compareTo(MAX_RETRY_AFTER) > 0) {
        return Optional.empty();
      }
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a {@code Retry-After} value is a usable hint to wait: a delay from above zero up to
   * {@link #MAX_RETRY_AFTER}. A zero asks for an immediate retry, which the backoff already covers.
   */
  public static boolean usable(String value, Instant now) {
    return parseRetryAfter(value, now).filter(d -> !d.isZero()).isPresent();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
