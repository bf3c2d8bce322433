package dev.releasesentinel.checks.api;

import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.http.Attempt;
import java.time.Duration;
import java.util.List;

/** {@code expect.max-latency}: the attempt took no longer than this. */
final class ExpectLatency implements Expectation {

  private final Duration max;

  ExpectLatency(Duration max) {
    this.max = max;
  }

  @Override
  public List<String> problems(Attempt a) {
    if (a.latency().compareTo(max) <= 0) {
      return List.of();
    }
    return List.of(
        "took " + Durations.words(a.latency()) + ", above max-latency " + Durations.format(max));
  }
}
