package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.Endpoint;
import dev.releasesentinel.checks.monitoring.HttpGet;
import dev.releasesentinel.checks.monitoring.Outcome;
import dev.releasesentinel.checks.monitoring.Replies;
import dev.releasesentinel.checks.monitoring.Reply;
import dev.releasesentinel.checks.monitoring.Request;
import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;
import java.util.List;
import java.util.Map;

/**
 * One GET of Prometheus's HTTP API for a check: the upstream resolved for this run, the request
 * sent through the {@link HttpGet} seam, the answer masked and its envelope read.
 */
final class PrometheusClient {

  /** The largest answer read; a query that returns more is narrowed by the user. */
  static final int MAX_BODY = 16 << 20;

  private final Upstream upstream;
  private final HttpGet http;
  private final Environment env;
  private final Redactor redactor;

  PrometheusClient(Upstream upstream, HttpGet http, Environment env, Redactor redactor) {
    this.upstream = upstream;
    this.http = http;
    this.env = env;
    this.redactor = redactor;
  }

  /** What one GET brought: the data or the ERROR, and the request as shown in reports. */
  record Fetched(PrometheusAnswers.Read read, String shown, long latencyMs, int attempts) {}

  Fetched get(String path, List<Map.Entry<String, String>> params, CheckContext context) {
    Endpoint endpoint;
    try {
      endpoint = upstream.resolve(env);
    } catch (Upstream.Unusable e) {
      return new Fetched(
          PrometheusAnswers.Read.of(Outcome.error(e.getMessage())),
          upstream.url().source() + path,
          0,
          0);
    }
    Request request = endpoint.request(path, params, MAX_BODY);
    Reply reply = http.get(request, context);
    String what = Replies.what(request, reply);
    Replies.Result r = Replies.read(reply, what, redactor, MAX_BODY);
    long ms = reply.latency().toMillis();
    if (r.problem().isPresent()) {
      return new Fetched(
          PrometheusAnswers.Read.of(r.problem().get()), request.shown(), ms, reply.attempts());
    }
    return new Fetched(
        PrometheusAnswers.envelope(r.answer().get(), what), request.shown(), ms, reply.attempts());
  }

  /** The url as the config writes it. */
  String shownBase() {
    return upstream.url().source();
  }
}
