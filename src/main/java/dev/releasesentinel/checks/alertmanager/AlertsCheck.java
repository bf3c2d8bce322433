package dev.releasesentinel.checks.alertmanager;

import dev.releasesentinel.checks.monitoring.Endpoint;
import dev.releasesentinel.checks.monitoring.HttpGet;
import dev.releasesentinel.checks.monitoring.Outcome;
import dev.releasesentinel.checks.monitoring.Replies;
import dev.releasesentinel.checks.monitoring.Reply;
import dev.releasesentinel.checks.monitoring.Request;
import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.redact.Redactor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code alertmanager.alerts:NAME}: no alert that matches the filter is firing, per Alertmanager's
 * {@code GET /api/v2/alerts} (docs/checks/prometheus.md, "Alertmanager"). Every matching alert is
 * asked for, silenced and inhibited ones included, so that the message can count them.
 */
final class AlertsCheck implements Check {

  static final int MAX_BODY = 16 << 20;

  private final AlertmanagerConfig.Alerts config;
  private final Upstream upstream;
  private final HttpGet http;
  private final Environment env;
  private final Redactor redactor;
  private final Clock clock;

  AlertsCheck(
      AlertmanagerConfig.Alerts config,
      Upstream upstream,
      HttpGet http,
      Environment env,
      Redactor redactor,
      Clock clock) {
    this.config = config;
    this.upstream = upstream;
    this.http = http;
    this.env = env;
    this.redactor = redactor;
    this.clock = clock;
  }

  @Override
  public CheckId id() {
    return AlertmanagerFamily.ALERTS.checkId(config.name());
  }

  @Override
  public Severity severity() {
    return config.severity();
  }

  @Override
  public String description() {
    return "no firing Alertmanager alert matches " + AlertsJudge.filter(config);
  }

  @Override
  public CheckResult run(CheckContext context) {
    context.activity("asking Alertmanager for firing alerts");
    Map<String, Object> details = new LinkedHashMap<>();
    Endpoint endpoint;
    try {
      endpoint = upstream.resolve(env);
    } catch (Upstream.Unusable e) {
      return Outcome.error(e.getMessage()).result(this);
    }
    List<Map.Entry<String, String>> params = new ArrayList<>();
    for (Matcher m : config.filter()) {
      params.add(Map.entry("filter", m.text()));
    }
    for (String state : List.of("active", "silenced", "inhibited", "unprocessed")) {
      params.add(Map.entry(state, "true"));
    }
    Request request = endpoint.request("/api/v2/alerts", params, MAX_BODY);
    Reply reply = http.get(request, context);
    details.put("url", request.shown());
    details.put("latencyMs", reply.latency().toMillis());
    details.put("attempts", reply.attempts());
    Outcome o = judge(reply, Replies.what(request, reply));
    details.putAll(o.details());
    return new Outcome(o.status(), o.message(), details).result(this);
  }

  private Outcome judge(Reply reply, String what) {
    Replies.Result r = Replies.read(reply, what, redactor, MAX_BODY);
    if (r.problem().isPresent()) {
      return named(r.problem().get());
    }
    Replies.Masked a = r.answer().get();
    if (!a.ok() && a.json().isPresent() && a.json().get().isTextual()) {
      return named(
          Outcome.error(
              "Alertmanager answered "
                  + a.status()
                  + " to "
                  + what
                  + ": "
                  + Replies.excerpt(a.json().get().asText())));
    }
    Optional<List<AmAlert>> alerts = a.ok() ? a.json().flatMap(AmAlert::read) : Optional.empty();
    if (alerts.isEmpty()) {
      return named(Replies.unexpected(a, what, "Alertmanager's list of alerts (a JSON array)"));
    }
    return AlertsJudge.judge(config, alerts.get(), clock.instant());
  }

  private Outcome named(Outcome o) {
    return new Outcome(o.status(), o.message() + " (" + config.name() + ")", o.details());
  }
}
