package dev.releasesentinel.engine;

/** How one check ended (docs/cli.md, "Statuses and the verdict"). */
public enum Status {
  PASS,
  WARN,
  FAIL,
  ERROR,
  SKIP,
  /** A FAIL or ERROR that a waiver accepts: it never blocks, and every format shows the waiver. */
  WAIVED;

  /** FAIL and ERROR are the statuses whose meaning depends on the check's severity. */
  public boolean isFailure() {
    return this == FAIL || this == ERROR;
  }
}
