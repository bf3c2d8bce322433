package dev.releasesentinel.policy;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One evaluation of a wait: its number (from 1), when it ran, its verdict, results, the checks that
 * kept it from SAFE, and what the wait does next.
 */
public record Round(
    int number,
    Instant at,
    Verdict verdict,
    List<Outcome> outcomes,
    List<CheckId> blockers,
    Decision decision) {

  public Round {
    outcomes = List.copyOf(outcomes);
    blockers = List.copyOf(blockers);
  }

  /**
   * The line a CI log shows for the round: {@code round 2 at 2026-06-05T14:00:00Z: BLOCKED by
   * schedule.freeze:weekend; next round at 2026-06-08T06:00:00Z}.
   */
  public String line() {
    String by =
        blockers.isEmpty()
            ? ""
            : " by " + blockers.stream().map(CheckId::value).collect(Collectors.joining(", "));
    String next;
    if (decision instanceof Decision.Sleep s) {
      next = "; next round at " + s.until();
    } else if (decision instanceof Decision.Finish f) {
      next = "; done: " + f.reason();
    } else {
      next = "; every check once more before SAFE";
    }
    return "round "
        + number
        + " at "
        + at
        + ": "
        + verdict
        + (verdict == Verdict.SAFE ? "" : by)
        + next;
  }
}
