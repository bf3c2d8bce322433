package dev.releasesentinel.engine;

import java.util.Collection;

/** How many checks ended in each status (WAIVED counted apart from FAIL and ERROR). */
public record Summary(int pass, int warn, int fail, int error, int skip, int waived) {

  /** A summary of a run without waivers. */
  public Summary(int pass, int warn, int fail, int error, int skip) {
    this(pass, warn, fail, error, skip, 0);
  }

  public static Summary of(Collection<CheckResult> results) {
    int[] n = new int[Status.values().length];
    for (CheckResult r : results) {
      n[r.status().ordinal()]++;
    }
    return new Summary(
        n[Status.PASS.ordinal()],
        n[Status.WARN.ordinal()],
        n[Status.FAIL.ordinal()],
        n[Status.ERROR.ordinal()],
        n[Status.SKIP.ordinal()],
        n[Status.WAIVED.ordinal()]);
  }

  public int total() {
    return pass + warn + fail + error + skip + waived;
  }
}
