package dev.releasesentinel.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How {@code check --wait} got to the report's verdict (docs/report-formats.md, "Waiting"): when
 * the wait would end, the interval between rounds, every round with its verdict and the checks that
 * blocked it, when each check first passed, and why the wait ended. It holds check ids, times and
 * the gate's own words only, never text from outside (no messages), so it needs no redaction.
 */
public record WaitSummary(
    Instant until,
    Duration interval,
    List<Round> rounds,
    Map<CheckId, Instant> firstPassed,
    String reason) {

  /** One round: its number (from 1), when it started, its verdict and the checks that blocked. */
  public record Round(int number, Instant at, Verdict verdict, List<CheckId> blockers) {
    public Round {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(verdict, "verdict");
      blockers = List.copyOf(blockers);
    }
  }

  public WaitSummary {
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(reason, "reason");
    rounds = List.copyOf(rounds);
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("a wait has at least one round");
    }
    firstPassed = Collections.unmodifiableMap(new LinkedHashMap<>(firstPassed));
  }

  public Round last() {
    return rounds.get(rounds.size() - 1);
  }

  /** From the start of the first round to the start of the last. */
  public Duration span() {
    return Duration.between(rounds.get(0).at(), last().at());
  }

  /** The checks that blocked an earlier round and no longer block the last, in order of sight. */
  public List<CheckId> healed() {
    Set<CheckId> ids = new LinkedHashSet<>();
    for (Round r : rounds) {
      ids.addAll(r.blockers());
    }
    ids.removeAll(last().blockers());
    return List.copyOf(ids);
  }
}
