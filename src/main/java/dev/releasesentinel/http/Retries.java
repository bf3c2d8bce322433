package dev.releasesentinel.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How many attempts a request gets and how long to wait between them (docs/checks/api.md,
 * "Attempts, waits and the deadline"): the wait doubles from {@code backoff} up to {@code
 * maxBackoff}, with jitter of at most ±25%; a {@code Retry-After} answer is honoured up to {@code
 * maxBackoff}.
 *
 * @param random numbers in [0, 1) for the jitter
 */
public record Retries(int attempts, Duration backoff, Duration maxBackoff, DoubleSupplier random) {

  public Retries {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(random, "random");
  }

  /** With random jitter. */
  public static Retries of(int attempts, Duration backoff, Duration maxBackoff) {
    return new Retries(
        attempts, backoff, maxBackoff, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** The same plan without jitter, so that every wait is exact (tests). */
  public Retries withoutJitter() {
    return new Retries(attempts, backoff, maxBackoff, () -> 0.5);
  }
}
