package dev.releasesentinel.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One cause, one line (docs/report-formats.md): checks that failed for one shared cause (a probe
 * that could not be opened, a missing release version) report it once — on the most severe of those
 * still failing, the first in the config's order among equals — and the others end SKIP "needs
 * WHAT: see ID". A {@link Deferred} failure yields to the other check's FAIL when that one is at
 * least as severe. Folded after waivers: a waived carrier carries nothing, so a waiver never hides
 * another check's failure. The verdict is unchanged by construction.
 */
public final class SharedCauses {

  /**
   * What a check's failure shares: {@code key} the identity of the cause (null when the failure is
   * only deferred), {@code what} as it reads after "needs", {@code deferredTo} the check whose FAIL
   * is the same finding.
   */
  public record Cause(Object key, String what, Optional<CheckId> deferredTo) {
    public Cause {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(deferredTo, "deferredTo");
    }
  }

  private SharedCauses() {}

  /** {@code results} (in the config's order) with each shared cause reported once. */
  public static List<CheckResult> fold(List<CheckResult> results, Map<CheckId, Cause> causes) {
    if (causes.isEmpty()) {
      return results;
    }
    Map<CheckId, CheckResult> byId = new LinkedHashMap<>();
    results.forEach(r -> byId.put(r.id(), r));
    Map<Object, CheckResult> carriers = new HashMap<>();
    for (CheckResult r : results) {
      Cause c = causes.get(r.id());
      if (c != null && c.key() != null && r.status().isFailure()) {
        // One carrier per cause and status: an ERROR never stands in for a FAIL (a FAIL is a
        // check that looked; folding it into an ERROR could make a run "nothing was checked").
        List<Object> k = List.of(c.key(), r.status());
        CheckResult carrier = carriers.get(k);
        if (carrier == null || r.severity().compareTo(carrier.severity()) > 0) {
          carriers.put(k, r);
        }
      }
    }
    List<CheckResult> out = new ArrayList<>(results.size());
    for (CheckResult r : results) {
      Cause c = causes.get(r.id());
      if (c == null || !r.status().isFailure()) {
        out.add(r);
        continue;
      }
      Optional<CheckResult> other = c.deferredTo().map(byId::get);
      if (other.isPresent()
          && other.get().status() == Status.FAIL
          && other.get().severity().compareTo(r.severity()) >= 0) {
        out.add(needs(r, other.get().id(), c.what()));
        continue;
      }
      CheckResult carrier = c.key() == null ? null : carriers.get(List.of(c.key(), r.status()));
      out.add(carrier != null && carrier != r ? needs(r, carrier.id(), c.what()) : r);
    }
    return List.copyOf(out);
  }

  private static CheckResult needs(CheckResult r, CheckId other, String what) {
    return new CheckResult(
            r.id(),
            Status.SKIP,
            r.severity(),
            "needs " + what + ": see " + other.value(),
            Map.of(),
            r.duration(),
            0,
            r.description(),
            r.source())
        .withNeeds(other);
  }
}
