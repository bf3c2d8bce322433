package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.AlertListing;
import dev.releasesentinel.checks.monitoring.FiringAlert;
import dev.releasesentinel.checks.monitoring.Outcome;
import dev.releasesentinel.engine.Status;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Judges {@code prometheus.alerts:NAME}, a pure function of the rules' alerts: a firing alert whose
 * labels all match the configured regexes (anchored, an absent label is empty) fails the check;
 * pending alerts are counted, never blocking.
 */
final class AlertsJudge {

  private AlertsJudge() {}

  static Outcome judge(
      PrometheusConfig.AlertMatch m, RuleAlerts read, String shownBase, Instant now) {
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    m.match().forEach((k, v) -> patterns.put(k, PrometheusConfig.AlertMatch.pattern(k, v)));
    List<FiringAlert> firing = new ArrayList<>();
    int pending = 0;
    int firingElsewhere = 0;
    for (RuleAlerts.RuleAlert a : read.alerts()) {
      boolean matches = matches(patterns, a.labels());
      boolean isFiring = a.state().equals("firing");
      if (matches && isFiring) {
        firing.add(shown(a, shownBase));
      } else if (matches) {
        pending++;
      } else if (isFiring) {
        firingElsewhere++;
      }
    }
    String selector = selector(m.match());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("match", selector);
    details.put("alertingRules", read.rules());
    details.put("firing", firing.size());
    details.put("pending", pending);
    if (firing.isEmpty()) {
      String message =
          "no firing alert matches "
              + selector
              + " ("
              + read.rules()
              + " alerting rules; "
              + firingElsewhere
              + " firing alerts match something else"
              + (pending > 0 ? "; " + pending + " pending, not firing yet" : "")
              + ")";
      return new Outcome(Status.PASS, message, details);
    }
    details.put("alerts", AlertListing.details(firing, now));
    String message =
        (firing.size() == 1 ? "1 firing alert matches " : firing.size() + " firing alerts match ")
            + selector
            + ": "
            + AlertListing.message(firing, now);
    return new Outcome(Status.FAIL, message, details);
  }

  static boolean matches(Map<String, Pattern> patterns, Map<String, String> labels) {
    for (Map.Entry<String, Pattern> p : patterns.entrySet()) {
      if (!p.getValue().matcher(labels.getOrDefault(p.getKey(), "")).matches()) {
        return false;
      }
    }
    return true;
  }

  /** {@code {severity=~"critical|page",service=~"payments"}}; {@code {}} matches every alert. */
  static String selector(Map<String, String> match) {
    List<String> parts = new ArrayList<>();
    match.forEach(
        (k, v) -> parts.add(k + "=~\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
    return "{" + String.join(",", parts) + "}";
  }

  /**
   * The alert as listed: Prometheus links an alert to its rule's expression in its own UI, {@code
   * <url>/graph?g0.expr=...&g0.tab=1}, which is what it sends to Alertmanager as generatorURL.
   */
  private static FiringAlert shown(RuleAlerts.RuleAlert a, String shownBase) {
    String base =
        shownBase.endsWith("/") ? shownBase.substring(0, shownBase.length() - 1) : shownBase;
    Optional<String> link =
        a.expr().isEmpty()
            ? Optional.empty()
            : Optional.of(
                base
                    + "/graph?g0.expr="
                    + URLEncoder.encode(a.expr(), StandardCharsets.UTF_8)
                    + "&g0.tab=1");
    String name = a.labels().getOrDefault("alertname", a.rule());
    return new FiringAlert(
        name,
        a.labels(),
        Optional.ofNullable(a.annotations().get("summary")),
        a.firingSince(),
        link);
  }
}
