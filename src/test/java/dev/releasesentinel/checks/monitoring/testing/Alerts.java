package dev.releasesentinel.checks.monitoring.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The test Alertmanager's config and alerts. An inhibit rule: a firing ClusterDown mutes the
 * critical alerts of its service. Alerts pushed to {@code /api/v2/alerts}:
 *
 * <ul>
 *   <li>PaymentsHighErrors {severity=critical, service=payments}, firing for 12 minutes, with a
 *       summary and a generatorURL;
 *   <li>PaymentsLatency {severity=page, service=payments}, silenced through {@code
 *       /api/v2/silences};
 *   <li>LedgerErrors {severity=critical, service=ledger}, inhibited by ClusterDown
 *       {severity=warning, service=ledger};
 *   <li>CheckoutWarn {severity=warning, service=checkout}.
 * </ul>
 */
public final class Alerts {

  private Alerts() {}

  public static final String CONFIG =
      """
      route:
        receiver: nobody
      receivers:
        - name: nobody
      inhibit_rules:
        - source_matchers: ['alertname="ClusterDown"']
          target_matchers: ['severity="critical"']
          equal: [service]
      """;

  public static final String GENERATOR =
      "http://prometheus.internal:9090/graph?g0.expr=payments_errors&g0.tab=1";

  static void load(AlertmanagerServer am) throws IOException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String ends = now.plus(2, ChronoUnit.HOURS).toString();
    am.post(
        "/alerts",
        """
        [
          {"labels": {"alertname": "PaymentsHighErrors", "severity": "critical", "service": "payments"},
           "annotations": {"summary": "5xx above 1%% for 10 minutes"},
           "startsAt": "%s", "endsAt": "%s", "generatorURL": "%s"},
          {"labels": {"alertname": "PaymentsLatency", "severity": "page", "service": "payments"},
           "annotations": {"summary": "p99 above 2s"}, "startsAt": "%s", "endsAt": "%s"},
          {"labels": {"alertname": "LedgerErrors", "severity": "critical", "service": "ledger"},
           "startsAt": "%s", "endsAt": "%s"},
          {"labels": {"alertname": "ClusterDown", "severity": "warning", "service": "ledger"},
           "startsAt": "%s", "endsAt": "%s"},
          {"labels": {"alertname": "CheckoutWarn", "severity": "warning", "service": "checkout"},
           "startsAt": "%s", "endsAt": "%s"}
        ]
        """
            .formatted(
                now.minus(12, ChronoUnit.MINUTES),
                ends,
                GENERATOR,
                now.minus(3, ChronoUnit.MINUTES),
                ends,
                now.minus(5, ChronoUnit.MINUTES),
                ends,
                now.minus(6, ChronoUnit.MINUTES),
                ends,
                now.minus(1, ChronoUnit.MINUTES),
                ends));
    am.post(
        "/silences",
        """
        {"matchers": [{"name": "alertname", "value": "PaymentsLatency", "isRegex": false}],
         "startsAt": "%s", "endsAt": "%s", "createdBy": "tests", "comment": "known, being fixed"}
        """
            .formatted(now.minus(1, ChronoUnit.MINUTES), ends));
    am.await(
        alerts ->
            has(alerts, "PaymentsLatency", "silencedBy")
                && has(alerts, "LedgerErrors", "inhibitedBy"),
        "PaymentsLatency silenced and LedgerErrors inhibited");
  }

  private static boolean has(JsonNode alerts, String name, String by) {
    for (JsonNode a : alerts) {
      if (a.path("labels").path("alertname").asText().equals(name)) {
        return !a.path("status").path(by).isEmpty();
      }
    }
    return false;
  }
}
