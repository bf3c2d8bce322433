package dev.releasesentinel.github;

import dev.releasesentinel.engine.Verdict;

/** The {@code fail-on} input: which verdicts fail the step (docs/github-action.md). */
public enum FailOn {
  /** Non-zero on BLOCKED (1) or CRITICAL (2): the verdict's own exit code. */
  BLOCKED,
  /** Non-zero only on CRITICAL. */
  CRITICAL,
  /** Report only: always 0. */
  NEVER;

  public int exitCode(Verdict v) {
    return switch (this) {
      case BLOCKED -> v.exitCode();
      case CRITICAL -> v == Verdict.CRITICAL ? v.exitCode() : 0;
      case NEVER -> 0;
    };
  }
}
