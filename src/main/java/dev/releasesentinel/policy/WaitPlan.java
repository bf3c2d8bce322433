package dev.releasesentinel.policy;

import dev.releasesentinel.checks.schedule.ScheduleDetails;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code check --wait D --interval I} as a pure decision after each round (docs/waivers.md,
 * "Waiting"): finish when SAFE; finish at once when a blocking check cannot heal, or a time rule
 * blocks past the end of the wait (or with no end); otherwise sleep the interval, or, when a time
 * rule blocks, exactly until its boundary (nothing can be SAFE before), never past the end.
 */
public record WaitPlan(Duration interval, Instant end, boolean strict, Healing healing) {

  public WaitPlan {
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(healing, "healing");
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the interval must be positive");
    }
  }

  public Decision decide(List<Outcome> outcomes, Instant now) {
    Verdict verdict = PolicyVerdict.of(outcomes, strict);
    if (verdict == Verdict.SAFE) {
      return new Decision.Finish(verdict, "the gate passed");
    }
    List<Outcome> blockers = blockers(outcomes);
    if (blockers.isEmpty()) {
      return new Decision.Finish(verdict, "nothing was checked, and waiting cannot change that");
    }
    Instant boundary = null;
    for (Outcome b : blockers) {
      String id = b.result().id().value();
      if (!healing.canHeal(b.result().id())) {
        return new Decision.Finish(verdict, id + " cannot heal by waiting");
      }
      Optional<Instant> clears = clearsAt(b);
      if (isTimeRule(b) && clears.isEmpty()) {
        return new Decision.Finish(verdict, id + " has no end in sight");
      }
      if (clears.isPresent() && clears.get().isAfter(end)) {
        return new Decision.Finish(
            verdict, id + " blocks until " + clears.get() + ", after the wait ends at " + end);
      }
      if (clears.isPresent() && (boundary == null || clears.get().isAfter(boundary))) {
        boundary = clears.get();
      }
    }
    if (!now.isBefore(end)) {
      return new Decision.Finish(verdict, "the wait ended at " + end);
    }
    Instant wake = boundary != null ? boundary : now.plus(interval);
    wake = wake.isAfter(end) ? end : wake.isBefore(now) ? now : wake;
    String what =
        boundary != null
            ? "a time rule's boundary at " + boundary
            : "the next round in " + interval.toString().substring(2).toLowerCase();
    return new Decision.Sleep(wake, what);
  }

  /**
   * The outcomes that keep the verdict from SAFE: unwaived blocking results, and when nothing was
   * checked, the ERRORs (waived or not) that would have to turn into answers.
   */
  List<Outcome> blockers(List<Outcome> outcomes) {
    List<Outcome> out = new ArrayList<>();
    boolean nothing = PolicyVerdict.nothingChecked(outcomes);
    for (Outcome o : outcomes) {
      boolean blocks = !o.waived() && o.result().blocks(strict);
      boolean unanswered = nothing && o.result().status() == Status.ERROR;
      if (blocks || unanswered) {
        out.add(o);
      }
    }
    return out;
  }

  /** A schedule FAIL: blocked by the clock, so its boundary decides when to look again. */
  private static boolean isTimeRule(Outcome o) {
    return o.result().id().family().equals("schedule") && o.result().status() == Status.FAIL;
  }

  private static Optional<Instant> clearsAt(Outcome o) {
    if (!isTimeRule(o)) {
      return Optional.empty();
    }
    Object v = o.result().details().get(ScheduleDetails.CLEARS_AT);
    try {
      return v == null
          ? Optional.empty()
          : Optional.of(OffsetDateTime.parse(v.toString()).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
