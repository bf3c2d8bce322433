package dev.releasesentinel.checks.api;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.Credentials;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * The {@link HttpProbe} on OkHttp and Failsafe. One client per run: one connection pool and one
 * dispatcher shared by every endpoint, with per-endpoint timeouts and ca-file trust derived through
 * {@code newBuilder()}. Each attempt is one {@link OkHttpAttempt}, which closes its response before
 * it returns; the Failsafe retry policy decides on the judged {@link Attempt} alone.
 */
public final class OkHttpProbe implements HttpProbe {

  /**
   * Async calls above OkHttp's default limits (64 in all, 5 per host) would queue: with every check
   * on its own thread, 20 endpoints on one host must not wait for each other.
   */
  static final int MAX_CONCURRENT_CALLS = 1024;

  private final OkHttpClient shared;
  private final ProxySettings proxies;
  private final Redactor redactor;
  private final Map<Path, Object> trust = new ConcurrentHashMap<>();

  private OkHttpProbe(ProxySettings proxies, Redactor redactor) {
    this.proxies = proxies;
    this.redactor = redactor;
    AtomicInteger threads = new AtomicInteger();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "api-http-" + threads.incrementAndGet());
              t.setDaemon(true); // OkHttp's own dispatcher threads would keep the JVM alive
              return t;
            });
    Dispatcher dispatcher = new Dispatcher(executor);
    dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
    dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
    this.shared =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            // Redirects are followed by OkHttpAttempt, which never sends our headers to another
            // host (OkHttp itself drops only Authorization across hosts).
            .followRedirects(false)
            .followSslRedirects(false)
            // Every attempt counts: OkHttp's silent retry would hide failures and double requests.
            // OkHttpAttempt itself sends a request again on a fresh connection when a pooled one
            // turned out to be stale, which the listener below tells it.
            .retryOnConnectionFailure(false)
            .eventListenerFactory(OkHttpAttempt::listenerFor)
            // OkHttp sends a 503 that says "Retry-After: 0" again inside the same call, whatever
            // retryOnConnectionFailure says: two requests for one attempt; and it reads a longer
            // run of digits as an int, throwing on one that does not fit. Without the header the
            // answer comes back as it is, and the retry policy's own backoff applies.
            .addNetworkInterceptor(OkHttpProbe::usableRetryAfter)
            .proxySelector(proxies)
            .proxyAuthenticator(this::proxyCredentials)
            .build();
  }

  /**
   * Drops a {@code Retry-After} that gives no usable hint (RetryPlan#usable: malformed, absurd, or
   * zero), so that neither OkHttp's own follow-up logic (which parses a run of digits as an int and
   * throws on one that does not fit, on the dispatcher's thread) nor the retry policy reads it.
   */
  private static Response usableRetryAfter(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    List<String> values = response.headers("Retry-After");
    if (values.isEmpty()
        || values.size() == 1 && RetryPlan.usable(values.get(0), java.time.Instant.now())) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").build();
  }

  /** The probe for one run; creates the client but opens no connection. */
  public static OkHttpProbe create(Environment environment, Redactor redactor) {
    return new OkHttpProbe(ProxySettings.from(environment), redactor);
  }

  /** A probe whose redactor knows no secret (URL passwords are masked), for tools and tests. */
  public static OkHttpProbe create(Environment environment) {
    return create(environment, Redactor.of());
  }

  @Override
  public Exchange exchange(
      HttpRequest request, RetryPlan plan, Function<Attempt, Judgement> judge, CheckContext ctx)
      throws ProbeException {
    if (proxies.problem().isPresent()) {
      throw new ProbeException(proxies.problem().get());
    }
    HttpUrl url = HttpUrl.parse(request.url());
    if (url == null) {
      throw new ProbeException(
          "url "
              + request.displayUrl()
              + " is not an http:// or https:// URL"
              + (request.displayUrl().contains("${") ? " once its variables are resolved" : "")
              + "; not retried");
    }
    OkHttpAttempt attempt =
        new OkHttpAttempt(
            clientFor(request), request, url, headers(request), via(url), ctx, redactor);

    List<Exchange.Step> steps = new ArrayList<>();
    AtomicReference<Duration> nextWait = new AtomicReference<>(Duration.ZERO);
    RetryPolicy<Exchange.Step> retry =
        RetryPolicy.<Exchange.Step>builder()
            .handleIf((step, error) -> error == null && step != null && step.judgement().retried())
            .withMaxAttempts(plan.attempts())
            .withDelayFn(
                ec -> {
                  Duration d =
                      plan.delayAfter(steps.size(), ec.getLastResult().attempt().retryAfter());
                  nextWait.set(d);
                  return d;
                })
            // Called after the delay is computed: stop when the next attempt would not fit.
            .abortIf(
                (step, error) ->
                    error != null
                        || ctx.cancelled()
                        || !plan.roomFor(nextWait.get(), ctx.remaining(), request.timeout()))
            .onRetryScheduled(
                e ->
                    ctx.waiting(
                        e.getDelay(),
                        "attempt "
                            + steps.size()
                            + " of "
                            + plan.attempts()
                            + " got "
                            + e.getLastResult().judgement().label()))
            .build();

    long start = System.nanoTime();
    Exchange.End end = Exchange.End.DONE;
    try {
      Failsafe.with(retry)
          .get(() -> one(attempt, request, plan, judge, steps, nextWait.get(), ctx));
    } catch (Stopped s) {
      end = s.end;
    } catch (FailsafeException e) {
      if (!(e.getCause() instanceof InterruptedException)) {
        throw e;
      }
      end = Exchange.End.CANCELLED; // interrupted while waiting for the next attempt
    }
    if (end == Exchange.End.DONE && !steps.isEmpty()) {
      Exchange.Step last = steps.get(steps.size() - 1);
      if (last.judgement().retried() && steps.size() < plan.attempts()) {
        // Failsafe aborted the retries: the run gave up, or the next attempt did not fit.
        end = ctx.cancelled() ? Exchange.End.CANCELLED : Exchange.End.NO_TIME;
      } else if (last.judgement().retried() && last.attempt().cutByDeadline()) {
        end = Exchange.End.NO_TIME;
      }
    }
    return new Exchange(steps, end, Duration.ofNanos(System.nanoTime() - start));
  }

  private static Exchange.Step one(
      OkHttpAttempt attempt,
      HttpRequest request,
      RetryPlan plan,
      Function<Attempt, Judgement> judge,
      List<Exchange.Step> steps,
      Duration waited,
      CheckContext ctx) {
    if (ctx.cancelled()) {
      throw new Stopped(Exchange.End.CANCELLED);
    }
    Duration left = ctx.remaining();
    if (left.compareTo(Duration.ofMillis(1)) < 0) {
      throw new Stopped(Exchange.End.NO_TIME);
    }
    int n = steps.size() + 1;
    boolean clipped = left.compareTo(request.timeout()) < 0;
    Duration budget = clipped ? left : request.timeout();
    ctx.activity(request.describe() + " (attempt " + n + " of " + plan.attempts() + ")");
    Attempt a = attempt.run(budget);
    if (a.failure() == Attempt.Failure.CANCELLED) {
      throw new Stopped(Exchange.End.CANCELLED);
    }
    if (clipped && a.failure() == Attempt.Failure.TIMEOUT) {
      a = a.withCutByDeadline();
    }
    Exchange.Step step = new Exchange.Step(a, judge.apply(a), n == 1 ? Duration.ZERO : waited);
    steps.add(step);
    return step;
  }

  /** Ends the attempts early; not a failure Failsafe retries. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Exchange.End end;

    Stopped(Exchange.End end) {
      super(end.name(), null, false, false);
      this.end = end;
    }
  }

  private OkHttpClient clientFor(HttpRequest request) throws ProbeException {
    OkHttpClient.Builder b =
        shared
            .newBuilder()
            .connectTimeout(request.timeout())
            .readTimeout(request.timeout())
            .writeTimeout(request.timeout());
    if (request.caFile().isPresent()) {
      CaFileTrust t = trust(request.caFile().get());
      b.sslSocketFactory(t.socketFactory(), t.trustManager());
    }
    return b.build();
  }

  /** Each ca-file is read once per run; its failure is remembered too. */
  private CaFileTrust trust(Path caFile) throws ProbeException {
    Object t =
        trust.computeIfAbsent(
            caFile,
            p -> {
              try {
                return CaFileTrust.load(p);
              } catch (ProbeException e) {
                return e;
              }
            });
    if (t instanceof ProbeException e) {
      throw new ProbeException(e.getMessage(), e);
    }
    return (CaFileTrust) t;
  }

  private static Headers headers(HttpRequest request) throws ProbeException {
    Headers.Builder h = new Headers.Builder();
    for (Map.Entry<String, String> e : request.headers().entrySet()) {
      try {
        h.add(e.getKey(), e.getValue());
      } catch (IllegalArgumentException ex) {
        // OkHttp's message can quote the value; ours never does.
        throw new ProbeException(
            "header "
                + e.getKey()
                + " has a character HTTP does not allow in a header (a line break or non-ASCII"
                + " character, maybe from a variable's value): fix the header or the variable");
      }
    }
    if (h.get("User-Agent") == null) {
      h.add("User-Agent", "release-sentinel");
    }
    return h.build();
  }

  private String via(HttpUrl url) {
    return proxies.proxyFor(url.scheme(), url.host()).map(a -> " through " + a).orElse("");
  }

  /**
   * Answers a proxy's 407 (or OkHttp's preemptive CONNECT challenge) once, if the URL had a user.
   */
  private Request proxyCredentials(Route route, Response response) {
    if (route == null
        || response.request().header("Proxy-Authorization") != null
        || !(route.proxy().address() instanceof InetSocketAddress a)) {
      return null;
    }
    Optional<ProxySettings.Address> p = proxies.byAddress(a.getHostString(), a.getPort());
    if (p.isEmpty() || !p.get().hasCredentials()) {
      return null;
    }
    return response
        .request()
        .newBuilder()
        .header("Proxy-Authorization", Credentials.basic(p.get().user(), p.get().password()))
        .build();
  }
}
