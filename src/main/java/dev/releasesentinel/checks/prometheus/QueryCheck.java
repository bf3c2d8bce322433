package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.Outcome;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code prometheus.query:NAME}: one PromQL query at the run's evaluation instant ({@code
 * /api/v1/query}), or over its {@code for} window ({@code /api/v1/query_range}), judged against its
 * threshold (docs/checks/prometheus.md).
 */
final class QueryCheck implements Check {

  private final PrometheusConfig.Query query;
  private final PrometheusClient client;
  private final Clock clock;

  QueryCheck(PrometheusConfig.Query query, PrometheusClient client, Clock clock) {
    this.query = query;
    this.client = client;
    this.clock = clock;
  }

  @Override
  public CheckId id() {
    return PrometheusFamily.QUERY.checkId(query.name());
  }

  @Override
  public Severity severity() {
    return query.severity();
  }

  @Override
  public String description() {
    return "PromQL " + query.promql() + " within " + query.threshold().describe();
  }

  @Override
  public CheckResult run(CheckContext context) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<Map.Entry<String, String>> params = new ArrayList<>();
    params.add(Map.entry("query", query.promql()));
    Window window = null;
    String path;
    if (query.window().isPresent()) {
      window = Window.over(now, query.window().get(), query.step());
      path = "/api/v1/query_range";
      params.add(Map.entry("start", seconds(window.start())));
      params.add(Map.entry("end", seconds(window.end())));
      params.add(Map.entry("step", seconds(window.step().toMillis())));
      context.activity("querying Prometheus over " + window.evaluations() + " evaluations");
    } else {
      path = "/api/v1/query";
      params.add(Map.entry("time", seconds(now)));
      context.activity("querying Prometheus");
    }
    PrometheusClient.Fetched f = client.get(path, params, context);
    Outcome o = judge(f, window);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("url", f.shown());
    details.put("query", query.promql());
    if (window == null) {
      details.put("time", now.toString());
    }
    details.put("latencyMs", f.latencyMs());
    details.put("attempts", f.attempts());
    f.read()
        .success()
        .filter(s -> !s.warnings().isEmpty())
        .ifPresent(s -> details.put("warnings", s.warnings()));
    details.putAll(o.details());
    String message = o.message();
    if (f.read().success().isPresent() && !f.read().success().get().warnings().isEmpty()) {
      message += " (Prometheus warned: " + f.read().success().get().warnings().get(0) + ")";
    }
    return new Outcome(o.status(), message, details).result(this);
  }

  private Outcome judge(PrometheusClient.Fetched f, Window window) {
    if (f.read().problem().isPresent()) {
      Outcome p = f.read().problem().get();
      return new Outcome(p.status(), p.message() + " (" + query.name() + ")", p.details());
    }
    QueryResult result;
    try {
      result = PrometheusAnswers.result(f.read().success().get().data(), query.name());
    } catch (PrometheusAnswers.Unreadable e) {
      return Outcome.error(e.getMessage());
    }
    return window == null
        ? InstantJudge.judge(query, result)
        : WindowJudge.judge(query, window, result);
  }

  /** Prometheus's timestamps: seconds with milliseconds, {@code 1796629440.250}. */
  static String seconds(Instant t) {
    return seconds(t.toEpochMilli());
  }

  static String seconds(long millis) {
    long s = Math.floorDiv(millis, 1000);
    long ms = Math.floorMod(millis, 1000);
    return ms == 0 ? Long.toString(s) : String.format(java.util.Locale.ROOT, "%d.%03d", s, ms);
  }
}
