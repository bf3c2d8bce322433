package dev.releasesentinel.checks.monitoring;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.http.Attempt;
import dev.releasesentinel.http.Exchange;
import dev.releasesentinel.http.HealthRule;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.http.HttpRequest;
import dev.releasesentinel.http.Judgement;
import dev.releasesentinel.http.Retries;
import dev.releasesentinel.redact.Unmasked;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link HttpGet} on the run's shared HTTP probe, the one the api family uses: retries with backoff
 * and {@code Retry-After}, the per-attempt timeout cut to the run's deadline, proxies, ca-file and
 * same-origin redirects (docs/checks/api.md, "Attempts, waits and the deadline"). What decides a
 * retry is {@link #RULE}: an answer that another attempt may change (5xx, 408, 429) or no answer at
 * all; a refused query (Prometheus's 400 and 422, Alertmanager's 400) is not asked again.
 */
public final class ProbeGet implements HttpGet {

  /**
   * 2xx passes; 408, 429 and 5xx are retried (an overloaded or restarting server, a query that
   * timed out on the server); every other answer is final. Without an answer: as for api.
   */
  public static final HealthRule RULE =
      a -> {
        if (!a.answered()) {
          return HealthRule.transport(a);
        }
        int s = a.status();
        String label = Integer.toString(s);
        if (s >= 200 && s < 300) {
          return Judgement.pass(label);
        }
        if (s == 408 || s == 429 || s >= 500) {
          return Judgement.retry(label, "HTTP " + s);
        }
        return Judgement.stop(label, "HTTP " + s);
      };

  private final LazyProbe<HttpProbe> probe;

  /** Requests through the run's probe, opened when the first of them is sent. */
  public ProbeGet(LazyProbe<HttpProbe> probe) {
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  @Override
  public Reply get(Request request, CheckContext context) {
    Access access = request.access();
    HttpRequest http =
        new HttpRequest(
            "GET",
            request.uri().toString(),
            request.shown(),
            request.headers(),
            Optional.empty(),
            access.caFile(),
            request.timeout(),
            request.maxBodyBytes());
    Exchange exchange;
    try {
      exchange =
          probe
              .get()
              .exchange(
                  http,
                  Retries.of(access.attempts(), access.backoff(), access.maxBackoff()),
                  RULE,
                  context);
    } catch (CannotObserve e) {
      // Its message is written for the user and already masked.
      return new Reply.NoAnswer(
          Reply.Failure.NOT_SENT, Unmasked.of(e.getMessage()), false, Duration.ZERO, 0);
    }
    return reply(exchange);
  }

  /** The last attempt of {@code exchange} as a reply; the probe has masked what it holds. */
  static Reply reply(Exchange exchange) {
    int n = exchange.steps().size();
    if (exchange.isEmpty()) {
      return exchange.end() == Exchange.End.CANCELLED
          ? new Reply.NoAnswer(
              Reply.Failure.CANCELLED,
              Unmasked.of("cancelled before sending"),
              false,
              exchange.elapsed(),
              0)
          : new Reply.NoAnswer(
              Reply.Failure.TIMEOUT,
              Unmasked.of("the run's deadline left no time to send it"),
              true,
              exchange.elapsed(),
              0);
    }
    Attempt a = exchange.last().attempt();
    if (a.answered()) {
      return new Reply.Answer(a.status(), Unmasked.of(a.body()), a.bodyTruncated(), a.latency(), n);
    }
    return new Reply.NoAnswer(
        failure(a.failure()), Unmasked.of(a.failureMessage()), a.cutByDeadline(), a.latency(), n);
  }

  private static Reply.Failure failure(Attempt.Failure f) {
    return switch (f) {
      case DNS -> Reply.Failure.UNKNOWN_HOST;
      case REFUSED -> Reply.Failure.CONNECTION_REFUSED;
      case TIMEOUT -> Reply.Failure.TIMEOUT;
      case TLS_UNTRUSTED, TLS_EXPIRED, TLS_NOT_YET_VALID, TLS_HOSTNAME, TLS_OTHER ->
          Reply.Failure.TLS;
      case REDIRECT -> Reply.Failure.REDIRECT;
      case CANCELLED -> Reply.Failure.CANCELLED;
      case NONE, RESET, CLOSED, CONNECT, IO -> Reply.Failure.CONNECTION_FAILED;
    };
  }
}
