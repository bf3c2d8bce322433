package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.Outcome;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code prometheus.alerts:NAME}: no alert of Prometheus's alerting rules that matches the
 * configured labels is firing ({@code /api/v1/rules?type=alert}; docs/checks/prometheus.md).
 */
final class AlertsCheck implements Check {

  private final PrometheusConfig.AlertMatch match;
  private final PrometheusClient client;
  private final Clock clock;

  AlertsCheck(PrometheusConfig.AlertMatch match, PrometheusClient client, Clock clock) {
    this.match = match;
    this.client = client;
    this.clock = clock;
  }

  @Override
  public CheckId id() {
    return PrometheusFamily.ALERTS.checkId(match.name());
  }

  @Override
  public Severity severity() {
    return match.severity();
  }

  @Override
  public String description() {
    return "no firing Prometheus alert matches " + AlertsJudge.selector(match.match());
  }

  @Override
  public CheckResult run(CheckContext context) {
    context.activity("reading Prometheus's alerting rules");
    PrometheusClient.Fetched f =
        client.get("/api/v1/rules", List.of(Map.entry("type", "alert")), context);
    Outcome o;
    if (f.read().problem().isPresent()) {
      Outcome p = f.read().problem().get();
      o = new Outcome(p.status(), p.message() + " (" + match.name() + ")", p.details());
    } else {
      RuleAlerts alerts = RuleAlerts.read(f.read().success().get().data());
      o = AlertsJudge.judge(match, alerts, client.shownBase(), clock.instant());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("url", f.shown());
    details.put("latencyMs", f.latencyMs());
    details.put("attempts", f.attempts());
    details.putAll(o.details());
    return new Outcome(o.status(), o.message(), details).result(this);
  }
}
