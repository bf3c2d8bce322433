package dev.releasesentinel.http;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Credentials;
import okhttp3.Dispatcher;
import okhttp3.Dns;
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
 * it returns; the Failsafe retry policy ({@link Attempts}) decides on the judged {@link Attempt}
 * alone.
 *
 * <p>This is the project's one HTTP client for upstreams: a family that asks an HTTP endpoint
 * ({@code api}, and the monitoring families) gets the same retries, timeouts, deadline, proxies,
 * ca-file trust and masking by passing its own {@link HealthRule}.
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

  private OkHttpProbe(ProxySettings proxies, Redactor redactor, Dns dns) {
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
            .eventListenerFactory(ConnectionUse::listenerFor)
            // OkHttp sends a 503 that says "Retry-After: 0" again inside the same call, whatever
            // retryOnConnectionFailure says: two requests for one attempt; and it reads a longer
            // run of digits as an int, throwing on one that does not fit. Without the header the
            // answer comes back as it is, and the retry policy's own backoff applies.
            .addNetworkInterceptor(OkHttpProbe::usableRetryAfter)
            .proxySelector(proxies)
            .proxyAuthenticator(this::proxyCredentials)
            .dns(dns)
            .build();
  }

  /**
   * Drops a {@code Retry-After} that gives no usable hint ({@link RetryAfter#hint}: malformed,
   * absurd, or zero), so that neither OkHttp's own follow-up logic (which parses a run of digits as
   * an int and throws on one that does not fit, on the dispatcher's thread) nor the retry policy
   * reads it.
   */
  private static Response usableRetryAfter(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    List<String> values = response.headers("Retry-After");
    if (values.isEmpty()
        || values.size() == 1
            && RetryAfter.hint(values.get(0), java.time.Instant.now()).isPresent()) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").build();
  }

  /**
   * The probe for one run, which masks what upstreams send with the run's {@code redactor}; creates
   * the client but opens no connection.
   */
  public static HttpProbe create(Environment environment, Redactor redactor) {
    return new OkHttpProbe(ProxySettings.from(environment), redactor, Dns.SYSTEM);
  }

  /** A probe resolving names with {@code dns} (tests: a resolver that does not answer). */
  static HttpProbe create(Environment environment, Redactor redactor, Dns dns) {
    return new OkHttpProbe(ProxySettings.from(environment), redactor, dns);
  }

  /** A probe whose redactor knows no secret (URL passwords are masked), for tools and tests. */
  public static HttpProbe create(Environment environment) {
    return create(environment, Redactor.of());
  }

  @Override
  public Exchange exchange(HttpRequest request, Retries retries, HealthRule rule, CheckContext ctx)
      throws CannotObserve {
    if (proxies.problem().isPresent()) {
      throw notSent(request, proxies.problem().get());
    }
    HttpUrl url = HttpUrl.parse(request.url());
    if (url == null) {
      throw notSent(
          request,
          "url "
              + request.displayUrl()
              + " is not an http:// or https:// URL"
              + (request.displayUrl().contains("${") ? " once its variables are resolved" : "")
              + "; not retried");
    }
    OkHttpAttempt attempt =
        new OkHttpAttempt(
            clientFor(request), request, url, headers(request), via(url), ctx, redactor);
    return Attempts.run(attempt::within, request, retries, rule, ctx, Clock.systemUTC());
  }

  /** The request could not be made: nothing was sent to its url. */
  private static CannotObserve notSent(HttpRequest request, String message) {
    return new CannotObserve(message).withDetail("url", request.displayUrl()).withAttempts(0);
  }

  private OkHttpClient clientFor(HttpRequest request) throws CannotObserve {
    OkHttpClient.Builder b =
        shared
            .newBuilder()
            .connectTimeout(request.timeout())
            .readTimeout(request.timeout())
            .writeTimeout(request.timeout());
    if (request.caFile().isPresent()) {
      CaFileTrust t = trust(request);
      b.sslSocketFactory(t.socketFactory(), t.trustManager());
    }
    return b.build();
  }

  /** Each ca-file is read once per run; its failure is remembered too. */
  private CaFileTrust trust(HttpRequest request) throws CannotObserve {
    Object t =
        trust.computeIfAbsent(
            request.caFile().get(),
            p -> {
              try {
                return CaFileTrust.load(p);
              } catch (CannotObserve e) {
                return e;
              }
            });
    if (t instanceof CannotObserve e) {
      throw notSent(request, e.getMessage());
    }
    return (CaFileTrust) t;
  }

  private static Headers headers(HttpRequest request) throws CannotObserve {
    Headers.Builder h = new Headers.Builder();
    for (Map.Entry<String, String> e : request.headers().entrySet()) {
      try {
        h.add(e.getKey(), e.getValue());
      } catch (IllegalArgumentException ex) {
        // OkHttp's message can quote the value; ours never does.
        throw notSent(
            request,
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
