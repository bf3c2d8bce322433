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
    // Folded result by result: the whole-run rule (nothing checked) was decided above, on every
    // outcome, waived or not; the results left after waivers may well be none.
    Verdict verdict = Verdict.SAFE;
    for (Outcome o : outcomes) {
      if (!o.waived()) {
        Verdict v = Verdict.of(o.result(), strict);
        if (v.ordinal() > verdict.ordinal()) {
          verdict = v;
        }
      }
    }
    return verdict;
  }

  /** No outcome reached PASS, WARN or FAIL (an ERROR, waived or not, checked nothing). */
  public static boolean nothingChecked(List<Outcome> outcomes) {
    return outcomes.stream().noneMatch(Outcome::checked);
  }
}
