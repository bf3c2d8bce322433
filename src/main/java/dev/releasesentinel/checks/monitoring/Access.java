package dev.releasesentinel.checks.monitoring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a monitoring server is asked, beyond its address: extra CA certificates to trust, and how
 * many attempts a request gets with which waits between them, as for the api family
 * (docs/checks/api.md, "Attempts, waits and the deadline").
 */
public record Access(Optional<Path> caFile, int attempts, Duration backoff, Duration maxBackoff) {

  /** Three attempts, 500 ms doubling up to 5 s, the system's CA certificates: api's defaults. */
  public static final Access DEFAULT =
      new Access(Optional.empty(), 3, Duration.ofMillis(500), Duration.ofSeconds(5));

  public Access {
    Objects.requireNonNull(caFile, "caFile");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    if (backoff.compareTo(maxBackoff) > 0) {
      throw new IllegalArgumentException(
          "backoff is above max-backoff; the wait doubles from backoff up to max-backoff");
    }
  }
}
