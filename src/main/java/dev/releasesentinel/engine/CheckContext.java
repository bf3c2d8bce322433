package dev.releasesentinel.engine;

import java.time.Duration;
import java.time.Instant;

/** What a running check may know of the run and tell it. */
public interface CheckContext {

  /** The instant the whole run must end; retries and waits never go past it. */
  Instant deadline();

  /** The time left before the deadline, never negative. */
  Duration remaining();

  /** Says what the check is doing now; shown if it is still doing it at the deadline. */
  void activity(String what);

  /** Says the check waits before its next attempt (a retry countdown for the progress display). */
  void waiting(Duration wait, String reason);

  /** Publishes a fact about the run that reports show outside any one check. */
  void fact(Fact key, String value);

  /** True once the run has given up on this check (deadline or --fail-fast). */
  boolean cancelled();
}
