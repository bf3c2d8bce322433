package dev.releasesentinel.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cause, one line (docs/report-formats.md, "One cause, one line"): when checks of one family
 * end in the same FAIL or ERROR with the same message (no repository, no release version), the
 * first keeps it and the others end SKIP "needs ...", pointing at it. The verdict never changes: a
 * result is folded only into one that weighs as much or more, strict or not.
 */
public final class OneCause {

  private OneCause() {}

  public static List<CheckResult> fold(List<CheckResult> results) {
    Map<String, CheckResult> first = new LinkedHashMap<>();
    List<CheckResult> out = new ArrayList<>(results.size());
    for (CheckResult r : results) {
      if (!r.status().isFailure()) {
        out.add(r);
        continue;
      }
      String key = r.id().family() + "\n" + r.status() + "\n" + r.message();
      CheckResult cause = first.get(key);
      if (cause == null || !weighsNoMore(r, cause)) {
        first.putIfAbsent(key, r);
        out.add(r);
        continue;
      }
      out.add(
          new CheckResult(
              r.id(),
              Status.SKIP,
              r.severity(),
              "needs " + cause.id().value() + ": " + r.message(),
              Map.of(),
              r.duration(),
              0,
              r.description(),
              r.source(),
              r.hint(),
              java.util.Optional.of(cause.id()),
              java.util.Optional.empty(),
              List.of()));
    }
    return out;
  }

  private static boolean weighsNoMore(CheckResult r, CheckResult cause) {
    for (boolean strict : new boolean[] {false, true}) {
      if (Verdict.of(r, strict).ordinal() > Verdict.of(cause, strict).ordinal()) {
        return false;
      }
    }
    return true;
  }
}
