package dev.releasesentinel.policy;

import dev.releasesentinel.engine.Verdict;
import java.time.Instant;

/**
 * What a wait does after a round: finish with a verdict, sleep until an instant, or run every check
 * again at once.
 */
public sealed interface Decision {

  /** The wait ends with this round's verdict; {@code reason} says why (one line). */
  record Finish(Verdict verdict, String reason) implements Decision {}

  /** Sleep until {@code until}, then run another round; {@code reason} says what it waits for. */
  record Sleep(Instant until, String reason) implements Decision {}

  /**
   * The round passed with results kept from earlier rounds: run every check once more, at once, so
   * that a SAFE verdict rests on a round that looked at everything (a kept git check reads the
   * remote, which may have moved meanwhile).
   */
  record Confirm() implements Decision {}
}
