package dev.releasesentinel.engine;

import java.util.Collection;

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

  /** The worst result decides: a critical failure, then a blocking one (or a warning if strict). */
  public static Verdict of(Collection<CheckResult> results, boolean strict) {
    Verdict verdict = SAFE;
    for (CheckResult r : results) {
      Verdict v = of(r, strict);
      if (v.ordinal() > verdict.ordinal()) {
        verdict = v;
      }
    }
    return verdict;
  }

  /** What one result alone would make of the run. */
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
