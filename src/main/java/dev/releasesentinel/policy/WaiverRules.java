package dev.releasesentinel.policy;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Suggest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code validate} checks in {@code waivers:} (docs/waivers.md, "Validation"): required
 * fields, expiry (past: warning; within 7 days: warning; more than {@code policy.max-waiver-days}
 * ahead: error), critical checks, and selectors that match no check.
 */
public final class WaiverRules {

  public static final int DEFAULT_MAX_WAIVER_DAYS = 30;
  static final Duration SOON = Duration.ofDays(7);

  private WaiverRules() {}

  /**
   * @param checks the checks the config would run, with their severities (empty: not known, so
   *     selectors and critical checks are not checked)
   */
  public static List<WaiverProblem> validate(
      List<Waiver> waivers, Instant now, ZoneId zone, int maxDays, Map<CheckId, Severity> checks) {
    List<WaiverProblem> out = new ArrayList<>();
    for (int i = 0; i < waivers.size(); i++) {
      Waiver w = waivers.get(i);
      Problems p = new Problems(i, "waivers[" + i + "] (" + w.check() + ")", out);
      if (w.check().isBlank()) {
        p.error("check is required: a check id or prefix, as --only takes");
      }
      if (w.reason().isBlank()) {
        p.error("reason is required: why the risk is accepted (an incident, a ticket)");
      }
      if (w.by().isBlank()) {
        p.error("by is required: who accepted the risk");
      }
      expiry(w, now, zone, maxDays, p);
      if (!checks.isEmpty() && !w.check().isBlank()) {
        selector(w, checks, p);
      }
    }
    return out;
  }

  private static void expiry(Waiver w, Instant now, ZoneId zone, int maxDays, Problems p) {
    Instant end = w.expiresAt(zone).orElse(null);
    if (end == null) {
      return;
    }
    String on = w.expires().orElseThrow().toString();
    if (!now.isBefore(end)) {
      p.warn("expired on " + on + ": it is not applied; renew it or remove it");
      return;
    }
    LocalDate today = now.atZone(zone).toLocalDate();
    long days = w.daysLeft(now, zone).orElseThrow();
    if (w.tooFar(now, zone, maxDays)) {
      p.error(
          "expires on "
              + on
              + ", "
              + days
              + " days ahead, more than policy.max-waiver-days ("
              + maxDays
              + "): a waiver is for a short, known risk; expire it by "
              + today.plusDays(maxDays));
    } else if (Duration.between(now, end).compareTo(SOON) < 0) {
      p.warn("expires on " + on + ", within 7 days: fix the check or renew the waiver");
    }
  }

  private static void selector(Waiver w, Map<CheckId, Severity> checks, Problems p) {
    List<CheckId> matched = checks.keySet().stream().filter(id -> id.matches(w.check())).toList();
    if (matched.isEmpty()) {
      List<String> ids = checks.keySet().stream().map(CheckId::value).toList();
      p.warn("matches no check" + Suggest.didYouMean(w.check(), ids));
      return;
    }
    List<String> critical =
        matched.stream()
            .filter(id -> checks.get(id) == Severity.CRITICAL)
            .map(CheckId::value)
            .toList();
    if (!critical.isEmpty() && !w.critical()) {
      p.error(
          "covers the critical check "
              + String.join(", ", critical)
              + ": add critical: true to accept a critical risk, or narrow check");
    }
  }

  private record Problems(int index, String who, List<WaiverProblem> out) {
    void error(String m) {
      out.add(new WaiverProblem(index, WaiverProblem.Level.ERROR, who + ": " + m));
    }

    void warn(String m) {
      out.add(new WaiverProblem(index, WaiverProblem.Level.WARNING, who + ": " + m));
    }
  }
}
