package dev.releasesentinel.http;

import dev.failsafe.Failsafe;
import dev.failsafe.Timeout;
import dev.failsafe.TimeoutExceededException;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.Unmasked;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * One attempt at an endpoint: sends the request, follows redirects that stay on the same origin,
 * reads at most the request's {@link HttpRequest#bodyLimit()} of the body and closes the response
 * before returning the {@link Attempt}. The call runs on the dispatcher while the check's thread
 * waits, so that an interrupt, a cancelled run or the attempt's time limit stops it at once.
 *
 * <p>What the upstream sent is outside text: it is read as {@link Unmasked} and masked by the run's
 * redactor before anything else sees it. The body is read a little past the limit (the longest form
 * of a secret), masked, and only then cut, so that a secret across the limit is masked whole.
 *
 * <p>A request that fails on a pooled connection before any response arrived is sent once more on a
 * fresh connection, within the same attempt: the server had closed that idle connection (an
 * HTTP/1.0 server closes after every answer without saying so; an HTTP/1.1 server after its
 * keep-alive timeout), and OkHttp does not notice before reusing it for a GET. The client's own
 * recovery ({@code retryOnConnectionFailure}) is off so that every other failure costs an attempt;
 * this is the one case it would have covered that says nothing about the upstream.
 */
final class OkHttpAttempt {

  static final int MAX_REDIRECTS = 5;

  /** How much longer than its budget an attempt may take before its Failsafe timeout fires. */
  static final Duration BACKSTOP = Duration.ofSeconds(1);

  private static final long POLL_MILLIS = 50;

  private final OkHttpClient client;
  private final HttpRequest request;
  private final HttpUrl url;
  private final Headers headers;
  private final String via;
  private final CheckContext ctx;
  private final Redactor redactor;
  private OkHttpClient fresh;

  OkHttpAttempt(
      OkHttpClient client,
      HttpRequest request,
      HttpUrl url,
      Headers headers,
      String via,
      CheckContext ctx,
      Redactor redactor) {
    this.client = client;
    this.request = request;
    this.url = url;
    this.headers = headers;
    this.via = via;
    this.ctx = ctx;
    this.redactor = redactor;
  }

  /**
   * What came back from one HTTP exchange (one hop), read inside the callback; {@code retryAfter}
   * is only ever parsed, never shown.
   */
  private record Hop(
      int status, Unmasked body, long bodyBytes, String retryAfter, String location) {}

  /**
   * One attempt under its time limit, {@code budget}: the call's own timeout, which names what
   * timed out (connecting, or waiting for the answer); and a Failsafe {@link Timeout} a little
   * longer, in case the client does not return by itself (a name lookup blocks until the resolver
   * gives up): then the attempt ends as that timeout, as if the call's own had fired.
   */
  Attempt within(Duration budget) {
    Timeout<Attempt> limit = Timeout.<Attempt>builder(budget.plus(BACKSTOP)).build();
    AtomicBoolean overdue = new AtomicBoolean();
    long start = System.nanoTime();
    try {
      return Failsafe.with(limit)
          .get(
              f -> {
                f.onCancel(() -> overdue.set(true));
                return run(budget, overdue::get);
              });
    } catch (TimeoutExceededException e) {
      return TransportFailures.classify(
          new InterruptedIOException("timeout"),
          url.host(),
          url.port(),
          via,
          budget,
          Duration.ofNanos(System.nanoTime() - start),
          redactor);
    }
  }

  Attempt run(Duration budget, BooleanSupplier overdue) {
    long start = System.nanoTime();
    long end = start + budget.toNanos();
    HttpUrl current = url;
    String method = request.method();
    Optional<String> body = request.body();
    for (int hop = 0; ; hop++) {
      long left = end - System.nanoTime();
      Object outcome =
          left <= 0
              ? new InterruptedIOException("timeout")
              : send(client, build(current, method, body), left, overdue);
      if (outcome instanceof Stale stale) {
        left = end - System.nanoTime();
        outcome =
            left <= 0
                ? stale.error()
                : send(freshConnections(), build(current, method, body), left, overdue);
        if (outcome instanceof Stale again) {
          outcome = again.error(); // cannot happen on a fresh connection; never sent a third time
        }
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      if (outcome == Cancelled.INSTANCE) {
        return Attempt.failed(Attempt.Failure.CANCELLED, "cancelled", took);
      }
      if (outcome instanceof Throwable t) {
        return TransportFailures.classify(
            t, current.host(), current.port(), via, budget, took, redactor);
      }
      Hop h = (Hop) outcome;
      String answer = body(h);
      boolean truncated = h.bodyBytes() > request.bodyLimit();
      boolean redirect =
          (h.status() == 301
                  || h.status() == 302
                  || h.status() == 303
                  || h.status() == 307
                  || h.status() == 308)
              && h.location() != null;
      if (!redirect) {
        return Attempt.answered(
            h.status(), took, answer, truncated, Optional.ofNullable(h.retryAfter()));
      }
      HttpUrl next = current.resolve(h.location());
      String problem = null;
      if (next == null) {
        problem = "its Location is not an http(s) URL";
      } else if (!sameOrigin(url, next)) {
        problem =
            "to another origin ("
                + next.scheme()
                + "://"
                + redactor.maskHost(Unmasked.of(next.host()))
                + ":"
                + next.port()
                + ") was not followed, so that the configured headers never reach another host:"
                + " point the url at the final address";
      } else if (hop == MAX_REDIRECTS) {
        problem =
            "after "
                + MAX_REDIRECTS
                + " redirects was not followed: point the url at the final"
                + " address";
      }
      if (problem != null) {
        return new Attempt(
            h.status(),
            took,
            answer,
            truncated,
            Optional.empty(),
            Attempt.Failure.REDIRECT,
            h.status() + " " + problem,
            false);
      }
      // As browsers and curl do: 303 (and 301/302 after a POST) turn into a GET without a body.
      if (h.status() == 303 && !method.equals("HEAD")
          || (h.status() == 301 || h.status() == 302) && method.equals("POST")) {
        method = "GET";
        body = Optional.empty();
      }
      current = next;
    }
  }

  /**
   * Same scheme, host and port; or plain http upgraded to https on the same host (the headers
   * already went out in clear text, so TLS only protects them better).
   */
  static boolean sameOrigin(HttpUrl from, HttpUrl to) {
    if (!from.host().equalsIgnoreCase(to.host())) {
      return false;
    }
    if (from.scheme().equals(to.scheme())) {
      return from.port() == to.port();
    }
    return from.scheme().equals("http")
        && to.scheme().equals("https")
        && from.port() == 80
        && to.port() == 443;
  }

  private Request build(HttpUrl target, String method, Optional<String> body) {
    RequestBody rb = null;
    if (body.isPresent()) {
      String type = headers.get("Content-Type");
      MediaType media =
          type != null
              ? MediaType.parse(type)
              : MediaType.parse(
                  body.get().strip().startsWith("{") || body.get().strip().startsWith("[")
                      ? "application/json; charset=utf-8"
                      : "text/plain; charset=utf-8");
      rb = RequestBody.create(body.get(), media);
    } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      rb = RequestBody.create(new byte[0], null);
    }
    return new Request.Builder().url(target).headers(headers).method(method, rb).build();
  }

  private enum Cancelled {
    INSTANCE
  }

  /** The call failed on a reused connection before any response: the connection was stale. */
  private record Stale(IOException error) {}

  /**
   * The client with a pool that keeps no idle connection: each of its calls opens a new one, which
   * is closed once the response is.
   */
  private OkHttpClient freshConnections() {
    if (fresh == null) {
      fresh =
          client.newBuilder().connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build();
    }
    return fresh;
  }

  /**
   * A {@link Hop}, the {@link IOException} that ended the call, {@link Stale} or {@link Cancelled}.
   */
  private Object send(
      OkHttpClient http, Request request, long timeoutNanos, BooleanSupplier overdue) {
    ConnectionUse use = new ConnectionUse();
    Request r = request.newBuilder().tag(ConnectionUse.class, use).build();
    Call call = http.newCall(r);
    call.timeout().timeout(timeoutNanos, TimeUnit.NANOSECONDS);
    CompletableFuture<Object> done = new CompletableFuture<>();
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            done.complete(use.staleConnection(c, e) ? new Stale(e) : e);
          }

          @Override
          public void onResponse(Call c, Response response) {
            try (response) {
              done.complete(read(response));
            } catch (IOException | RuntimeException e) {
              done.complete(e);
            }
          }
        });
    while (true) {
      try {
        return done.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (ctx.cancelled()) {
          call.cancel();
          return Cancelled.INSTANCE;
        }
        if (overdue.getAsBoolean()) {
          call.cancel();
          return new InterruptedIOException("timeout");
        }
      } catch (InterruptedException e) {
        call.cancel();
        Thread.currentThread().interrupt();
        return Cancelled.INSTANCE;
      } catch (ExecutionException e) {
        return e.getCause();
      }
    }
  }

  /**
   * Reads the start of the body: {@link HttpRequest#bodyLimit()} bytes and, beyond it, room for the
   * longest form of a secret (at most three UTF-8 bytes a character), so that a secret that starts
   * before the limit is read whole.
   */
  private Hop read(Response response) throws IOException {
    ResponseBody body = response.body();
    BufferedSource source = body.source();
    long window = request.bodyLimit() + 3L * redactor.longestForm() + 3;
    source.request(window + 1);
    Buffer buffer = source.getBuffer();
    long size = buffer.size();
    long n = Math.min(size, window);
    MediaType type = body.contentType();
    Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
    return new Hop(
        response.code(),
        Unmasked.of(buffer.readString(n, charset)),
        size,
        response.header("Retry-After"),
        response.header("Location"));
  }

  /** The body masked, then cut to {@link HttpRequest#bodyLimit()} characters. */
  private String body(Hop h) {
    String masked = redactor.mask(h.body());
    int limit = request.bodyLimit();
    return masked.length() <= limit ? masked : masked.substring(0, limit);
  }
}
