package dev.releasesentinel.checks.monitoring;

import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.redact.Unmasked;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * {@link HttpGet} on the JDK's HTTP client: one attempt, HTTP/1.1, redirects not followed, the
 * whole answer (headers and body) bounded by the request's timeout cut to the run's deadline. The
 * client is made on the first request, so building checks loads no HTTP class.
 */
public final class JdkHttpGet implements HttpGet {

  private volatile HttpClient client;

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c =
              HttpClient.newBuilder()
                  .version(HttpClient.Version.HTTP_1_1)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
          client = c;
        }
      }
    }
    return c;
  }

  @Override
  public Reply get(Request request, CheckContext context) {
    Duration left = context.remaining();
    boolean cut = left.compareTo(request.timeout()) < 0;
    Duration limit = cut ? left : request.timeout();
    if (context.cancelled()) {
      return new Reply.NoAnswer(
          Reply.Failure.CANCELLED, Unmasked.of("cancelled before sending"), false, Duration.ZERO);
    }
    if (limit.toMillis() < 1) {
      return new Reply.NoAnswer(
          Reply.Failure.TIMEOUT,
          Unmasked.of("the run's deadline left no time to send it"),
          true,
          Duration.ZERO);
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).GET().timeout(limit);
    try {
      for (Map.Entry<String, String> h : request.headers().entrySet()) {
        b.header(h.getKey(), h.getValue());
      }
    } catch (IllegalArgumentException e) {
      return new Reply.NoAnswer(
          Reply.Failure.INVALID_REQUEST, Unmasked.message(e), false, Duration.ZERO);
    }
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<JdkBoundedBody.Body>> sent =
        client().sendAsync(b.build(), info -> new JdkBoundedBody(request.maxBodyBytes()));
    try {
      HttpResponse<JdkBoundedBody.Body> r = sent.get(limit.toNanos(), TimeUnit.NANOSECONDS);
      JdkBoundedBody.Body body = r.body();
      return new Reply.Answer(
          r.statusCode(),
          Unmasked.of(new String(body.bytes(), StandardCharsets.UTF_8)),
          body.truncated(),
          since(start));
    } catch (TimeoutException e) {
      sent.cancel(true);
      return timeout(limit, cut, start);
    } catch (InterruptedException e) {
      sent.cancel(true);
      Thread.currentThread().interrupt();
      return new Reply.NoAnswer(
          Reply.Failure.CANCELLED, Unmasked.of("cancelled while waiting"), false, since(start));
    } catch (ExecutionException e) {
      return failure(e.getCause() == null ? e : e.getCause(), limit, cut, start);
    }
  }

  private static Reply failure(Throwable t, Duration limit, boolean cut, long start) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof HttpTimeoutException) {
        return timeout(limit, cut, start);
      }
      if (c instanceof ConnectException) {
        return new Reply.NoAnswer(
            Reply.Failure.CONNECTION_REFUSED, Unmasked.message(c), false, since(start));
      }
      if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
        return new Reply.NoAnswer(
            Reply.Failure.UNKNOWN_HOST, Unmasked.message(c), false, since(start));
      }
      if (c instanceof SSLException) {
        return new Reply.NoAnswer(Reply.Failure.TLS, Unmasked.message(c), false, since(start));
      }
    }
    return new Reply.NoAnswer(
        Reply.Failure.CONNECTION_FAILED, Unmasked.message(t), false, since(start));
  }

  private static Reply timeout(Duration limit, boolean cut, long start) {
    return new Reply.NoAnswer(
        Reply.Failure.TIMEOUT,
        Unmasked.of("no answer within " + Durations.format(limit)),
        cut,
        since(start));
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
