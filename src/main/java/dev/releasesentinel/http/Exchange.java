package dev.releasesentinel.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Every attempt at one endpoint, each with its judgement and the wait before it, and how the
 * sequence ended.
 */
public record Exchange(List<Step> steps, End end, Duration elapsed) {

  public Exchange {
    steps = List.copyOf(steps);
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** One attempt, judged; {@code waitBefore} is zero for the first. */
  public record Step(Attempt attempt, Judgement judgement, Duration waitBefore) {
    public Step {
      Objects.requireNonNull(attempt, "attempt");
      Objects.requireNonNull(judgement, "judgement");
      Objects.requireNonNull(waitBefore, "waitBefore");
    }
  }

  public enum End {
    /** Passed, failed for good, or used every attempt. */
    DONE,
    /** Stopped early: the run's deadline left no time for (the rest of) another attempt. */
    NO_TIME,
    /** Stopped early: the run gave up on the check (deadline or --fail-fast). */
    CANCELLED
  }

  public boolean isEmpty() {
    return steps.isEmpty();
  }

  public Step last() {
    return steps.get(steps.size() - 1);
  }
}
