package dev.releasesentinel.policy;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import java.util.Optional;

/**
 * A check's result after the waivers: {@code result} is what to show (its message says when a
 * waiver was expired or not allowed); {@code effect} says what the waiver did. A {@link
 * Effect#WAIVED} outcome is the status WAIVED the reports will show: it keeps the original FAIL or
 * ERROR in {@code result} and never blocks.
 */
public record Outcome(CheckResult result, Effect effect, Optional<Waiver> waiver) {

  /** What a matching waiver did to the result. */
  public enum Effect {
    /** No waiver matched, or the check did not fail. */
    NONE,
    /** The FAIL or ERROR is waived: it does not block. */
    WAIVED,
    /** The waiver has expired: the result stands, and says so. */
    EXPIRED,
    /** The check is critical and the waiver does not say {@code critical: true}. */
    NOT_CRITICAL,
    /** The waiver expires more than {@code policy.max-waiver-days} ahead: the result stands. */
    TOO_FAR
  }

  public static Outcome unchanged(CheckResult r) {
    return new Outcome(r, Effect.NONE, Optional.empty());
  }

  public boolean waived() {
    return effect == Effect.WAIVED;
  }

  /** The status the reports will show: WAIVED for a waived outcome, else the result's. */
  public String statusName() {
    return waived() ? "WAIVED" : result.status().name();
  }

  /**
   * Whether the check reached an answer (PASS, WARN or FAIL), waived or not: not an ERROR or SKIP.
   */
  public boolean checked() {
    Status s = result.status();
    return s == Status.PASS || s == Status.WARN || s == Status.FAIL;
  }
}
