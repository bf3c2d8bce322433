package dev.releasesentinel.policy;

import dev.releasesentinel.engine.Verdict;
import java.time.Instant;

/** What a wait does after a round: finish with a verdict, or sleep until an instant. */
public sealed interface Decision {

  /** The wait ends with this round's verdict; {@code reason} says why (one line). */
  record Finish(Verdict verdict, String reason) implements Decision {}

  /** Sleep until {@code until}, then run another round; {@code reason} says what it waits for. */
  record Sleep(Instant until, String reason) implements Decision {}
}
