package dev.releasesentinel.engine;

/** How one check ended (docs/cli.md). */
public enum Status {
  PASS,
  WARN,
  FAIL,
  ERROR,
  SKIP;

  /** FAIL and ERROR are the statuses whose meaning depends on the check's severity. */
  public boolean isFailure() {
    return this == FAIL || this == ERROR;
  }
}
