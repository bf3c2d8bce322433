package dev.releasesentinel.github;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * github-api's transport, made impatient: its own {@code HttpClientGitHubConnector} sets no request
 * timeout, so a GitHub that accepts a connection and never answers would hang the step. Here every
 * request has a timeout that covers the whole answer, body included, and all requests together have
 * one budget. A timeout is an {@link HttpTimeoutException}, which github-api does not retry.
 */
final class KohsukeConnector implements GitHubConnector {

  /** How long GitHub may take: per request, and for every request of the step together. */
  record Timeouts(Duration perRequest, Duration total) {
    static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60));
  }

  private final HttpClient client;
  private final Timeouts timeouts;
  private final long deadline;

  KohsukeConnector(Timeouts timeouts) {
    this.timeouts = timeouts;
    this.deadline = System.nanoTime() + timeouts.total().toNanos();
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeouts.perRequest())
            // github-api follows redirects itself and drops the token on another host.
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(request.url().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("not a valid URL: " + request.url(), e);
    }
    for (Map.Entry<String, List<String>> h : request.allHeaders().entrySet()) {
      if (h.getValue() != null) {
        b.header(h.getKey(), String.join(",", h.getValue()));
      }
    }
    HttpRequest.BodyPublisher body =
        request.hasBody()
            ? HttpRequest.BodyPublishers.ofByteArray(readAll(request.body()))
            : HttpRequest.BodyPublishers.noBody();
    b.method(request.method(), body);
    HttpResponse<byte[]> response = send(b, request.method() + " " + request.url());
    return new KohsukeResponse(
        request, response.statusCode(), response.headers().map(), response.body());
  }

  /** A request of our own (GraphQL), under the same timeouts. */
  HttpResponse<byte[]> send(HttpRequest.Builder b, String what) throws IOException {
    Duration wait = remaining(what);
    b.timeout(wait);
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    try {
      return future.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new HttpTimeoutException("no answer within " + wait.toMillis() + " ms (" + what + ")");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted: " + what);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(cause), cause);
    }
  }

  private Duration remaining(String what) throws HttpTimeoutException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new HttpTimeoutException(
          "the GitHub API budget of "
              + timeouts.total().toSeconds()
              + " s for this step is used up ("
              + what
              + ")");
    }
    Duration d = Duration.ofNanos(left);
    return d.compareTo(timeouts.perRequest()) < 0 ? d : timeouts.perRequest();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    try (in) {
      return in.readAllBytes();
    }
  }

  /** An answer held in memory; github-api unzips it if GitHub sent it gzipped. */
  private static final class KohsukeResponse extends GitHubConnectorResponse.ByteArrayResponse {
    private final byte[] body;

    KohsukeResponse(
        GitHubConnectorRequest request,
        int status,
        Map<String, List<String>> headers,
        byte[] body) {
      super(request, status, headers);
      this.body = body == null ? new byte[0] : body;
    }

    @Override
    protected InputStream rawBodyStream() {
      return new ByteArrayInputStream(body);
    }
  }
}
