package dev.releasesentinel.policy;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Verdict;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a wait ended: every round, when each check first passed (PASS or WARN), and the final
 * verdict, which is the last round's.
 */
public record WaitResult(
    List<Round> rounds, Map<CheckId, Instant> firstPassed, Verdict verdict, String reason) {

  public WaitResult {
    rounds = List.copyOf(rounds);
    firstPassed = Collections.unmodifiableMap(new LinkedHashMap<>(firstPassed));
  }

  public Round last() {
    return rounds.get(rounds.size() - 1);
  }
}
