package dev.releasesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5));

  @ParameterizedTest(name = "after {0} failed: {2}ms at random {1}")
  @CsvSource({
    // failed, random, expected wait (ms): doubling from 500ms, jitter ±25%, capped at 5s
    "1, 0.5, 500",
    "2, 0.5, 1000",
    "3, 0.5, 2000",
    "4, 0.5, 4000",
    "5, 0.5, 5000",
    "9, 0.5, 5000",
    "1, 0.0, 375",
    "1, 1.0, 625",
    "3, 0.0, 1500",
    "3, 1.0, 2500",
    "5, 0.0, 3750",
    "5, 1.0, 5000",
  })
  void doublesTheWaitWithJitterUpToMaxBackoff(int failed, double random, long expectedMs) {
    assertThat(BACKOFF.after(failed, Optional.empty(), random))
        .isEqualTo(Duration.ofMillis(expectedMs));
  }

  @ParameterizedTest(name = "Retry-After {0} -> {1}ms")
  @CsvSource({
    "2, 2000",
    "0, 500",
    "60, 5000",
    "'Mon, 30 Nov 2026 12:00:03 GMT', 3000",
    "'Mon, 30 Nov 2026 11:00:00 GMT', 500",
    "soon, 500",
  })
  void honoursRetryAfterUpToMaxBackoffButNeverWaitsLessThanTheBackoff(
      String header, long expectedMs) {
    assertThat(BACKOFF.after(1, RetryAfter.hint(header, NOW), 0.5))
        .isEqualTo(Duration.ofMillis(expectedMs));
  }

  @Test
  void aRetryAfterIsNotJittered() {
    assertThat(BACKOFF.after(1, Optional.of(Duration.ofSeconds(2)), 1.0))
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(BACKOFF.after(1, Optional.of(Duration.ofSeconds(2)), 0.0))
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void startsAnotherAttemptOnlyWhenItFitsBeforeTheDeadline() {
    Duration timeout = Duration.ofSeconds(5);

    assertThat(Attempts.roomFor(Duration.ofSeconds(1), Duration.ofSeconds(2), timeout)).isTrue();
    assertThat(Attempts.roomFor(Duration.ofSeconds(1), Duration.ofMillis(1_150), timeout))
        .isFalse();
    assertThat(Attempts.roomFor(Duration.ofSeconds(2), Duration.ofSeconds(1), timeout)).isFalse();
    assertThat(Attempts.roomFor(Duration.ZERO, Duration.ofMillis(60), Duration.ofMillis(50)))
        .isTrue();
  }
}
