package dev.releasesentinel.policy;

import dev.releasesentinel.engine.Verdict;
import java.util.List;

/**
 * The verdict of a run after waivers (docs/waivers.md, "Verdict"): waived outcomes never block, and
 * nothing checked is never SAFE. A run in which no check reached PASS, WARN or FAIL is CRITICAL,
 * "nothing was checked", however many of its ERRORs are waived: a waiver accepts a known risk, it
 * does not stand in for a check.
 */
public final class PolicyVerdict {

  private PolicyVerdict() {}

  public static Verdict of(List<Outcome> outcomes, boolean strict) {
    if (nothingChecked(outcomes)) {
      return Verdict.CRITICAL;
    }
    return Verdict.of(
        outcomes.stream().filter(o -> !o.waived()).map(Outcome::result).toList(), strict);
  }

  /** No outcome reached PASS, WARN or FAIL (an ERROR, waived or not, checked nothing). */
  public static boolean nothingChecked(List<Outcome> outcomes) {
    return outcomes.stream().noneMatch(Outcome::checked);
  }
}
