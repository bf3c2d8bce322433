package dev.releasesentinel.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The one answer of a run, folded from its results; the exit code comes from it. */
public enum Verdict {
  SAFE(0),
  BLOCKED(1),
  CRITICAL(2);

  private final int exitCode;

  Verdict(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  /**
   * The worst result decides: a critical failure, then a blocking one (or a warning if strict). A
   * run in which no check reached PASS, WARN or FAIL checked nothing, and is CRITICAL whatever the
   * severities (docs/config.md, "Verdict"): a gate that checked nothing never says SAFE.
   */
  public static Verdict of(Collection<CheckResult> results, boolean strict) {
    if (nothingChecked(results).isPresent()) {
      return CRITICAL;
    }
    Verdict verdict = SAFE;
    for (CheckResult r : results) {
      Verdict v = of(r, strict);
      if (v.ordinal() > verdict.ordinal()) {
        verdict = v;
      }
    }
    return verdict;
  }

  /** How many check ids a "nothing was checked" reason names before it says "and N more". */
  private static final int NAMED = 5;

  /**
   * "nothing was checked: ..." naming why, when no result reached PASS, WARN or FAIL (every check
   * skipped, cancelled or unable to run); empty when something was checked.
   */
  public static Optional<String> nothingChecked(Collection<CheckResult> results) {
    List<String> skipped = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (CheckResult r : results) {
      switch (r.status()) {
        case PASS, WARN, FAIL -> {
          return Optional.empty();
        }
        case SKIP -> skipped.add(r.id().value());
        case ERROR -> errors.add(r.id().value());
        case WAIVED -> {
          // A waived FAIL did look; a waived ERROR accepts that the check could not
          // (docs/waivers.md).
          if (r.waived().map(w -> w.original() == Status.FAIL).orElse(false)) {
            return Optional.empty();
          }
          errors.add(r.id().value());
        }
      }
    }
    StringBuilder b = new StringBuilder("nothing was checked: ");
    if (results.isEmpty()) {
      b.append("no check was selected");
    } else {
      b.append("no check reached PASS, WARN or FAIL (");
      if (!skipped.isEmpty()) {
        b.append(skipped.size()).append(" skipped: ").append(names(skipped));
      }
      if (!errors.isEmpty()) {
        b.append(skipped.isEmpty() ? "" : "; ")
            .append(errors.size())
            .append(" could not run: ")
            .append(names(errors));
      }
      b.append(')');
    }
    b.append(
        "; a gate that checked nothing never says SAFE: fix what the checks name, or select checks"
            + " that apply to this run");
    return Optional.of(b.toString());
  }

  private static String names(List<String> ids) {
    String shown = String.join(", ", ids.subList(0, Math.min(NAMED, ids.size())));
    return ids.size() > NAMED ? shown + " and " + (ids.size() - NAMED) + " more" : shown;
  }

  /** What one result alone would make of the run: a WAIVED result never blocks. */
  public static Verdict of(CheckResult r, boolean strict) {
    if (r.status().isFailure()) {
      return switch (r.severity()) {
        case CRITICAL -> CRITICAL;
        case BLOCK -> BLOCKED;
        case WARN -> strict ? BLOCKED : SAFE;
      };
    }
    if (r.status() == Status.WARN && strict) {
      return BLOCKED;
    }
    return SAFE;
  }
}
