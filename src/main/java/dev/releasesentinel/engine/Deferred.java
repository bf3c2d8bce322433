package dev.releasesentinel.engine;

import java.util.Objects;

/**
 * A check's failure that has the same cause as another check's (docs/report-formats.md, "One cause,
 * one line"): {@code git.version-order} failing because the release tag exists already, which is
 * {@code git.tag-absent}'s finding. If that other check ran in the same run and failed at least as
 * severely, the runner reports this one as SKIP "needs WHAT: see OTHER"; otherwise {@code result}
 * stands as it is (the other check was not selected, or passed, or is less severe).
 */
public final class Deferred extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient CheckResult result;
  private final transient CheckId other;
  private final String what;

  /**
   * @param result the check's own result, reported when the other check does not carry the cause
   * @param other the check whose failure is the same cause
   * @param what what this check needs, as it reads after "needs"
   */
  public Deferred(CheckResult result, CheckId other, String what) {
    super(Objects.requireNonNull(result, "result").message(), null, false, false);
    this.result = result;
    this.other = Objects.requireNonNull(other, "other");
    this.what = Objects.requireNonNull(what, "what");
  }

  public CheckResult result() {
    return result;
  }

  public CheckId other() {
    return other;
  }

  public String what() {
    return what;
  }
}
