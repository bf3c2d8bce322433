package dev.releasesentinel.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One try of a check that retries (an upstream request): its number from 1, how long the check
 * waited before it, the answer's status code when there was one, its latency (from sending to the
 * answer or the failure), the transport failure when there was no answer, and what was wrong with
 * the answer when it did not pass (docs/report-formats.md, "Durations").
 */
public record AttemptRecord(
    int number,
    Duration waitBefore,
    OptionalInt status,
    Duration latency,
    Optional<String> error,
    Optional<String> problem) {

  public AttemptRecord {
    if (number < 1) {
      throw new IllegalArgumentException("attempts are numbered from 1: " + number);
    }
    waitBefore = waitBefore == null ? Duration.ZERO : waitBefore;
    Objects.requireNonNull(status, "status");
    latency = latency == null ? Duration.ZERO : latency;
    error = error == null ? Optional.empty() : error;
    problem = problem == null ? Optional.empty() : problem;
  }

  AttemptRecord mapText(java.util.function.UnaryOperator<String> f) {
    return new AttemptRecord(number, waitBefore, status, latency, error.map(f), problem.map(f));
  }
}
