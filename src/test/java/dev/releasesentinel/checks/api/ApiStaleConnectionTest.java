package dev.releasesentinel.checks.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.api.testing.RecordingContext;
import dev.releasesentinel.checks.api.testing.Yaml;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Upstreams that close the connection after each answer without saying so (an HTTP/1.0 server such
 * as Python's {@code http.server}, or an HTTP/1.1 server whose keep-alive ran out): the pooled
 * connection is stale when the next attempt starts, and that must not cost the attempt.
 */
class ApiStaleConnectionTest {

  private CloseAfterEachAnswer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private static CheckResult run(String yaml) throws Exception {
    Check check = Endpoints.checks(yaml, Map.of()).get(0);
    return check.run(RecordingContext.relaxed());
  }

  @Test
  void everyAttemptAtAnHttp10ServerGetsItsAnswer() throws Exception {
    server = new CloseAfterEachAnswer("HTTP/1.0 500 Internal Server Error", "oops");

    CheckResult r =
        run(
            Yaml.endpoint(
                server.url("/health"), "attempts: 5", "backoff: 10ms", "max-backoff: 20ms"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.attempts()).isEqualTo(5);
    assertThat(ApiRetryIT.attempts(r))
        .extracting(m -> m.get("status"))
        .containsExactly(500, 500, 500, 500, 500);
    assertThat(r.message()).startsWith("500 ×5 over");
    assertThat(server.answered()).isEqualTo(5);
  }

  @Test
  void theHeadlineNamesTheRealCauseNotTheStaleConnection() throws Exception {
    server = new CloseAfterEachAnswer("HTTP/1.0 200 OK", "");

    CheckResult r =
        run(
            Yaml.endpoint(
                server.url("/health"),
                "attempts: 2",
                "backoff: 10ms",
                "expect: { json: { /status: UP } }"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(ApiRetryIT.attempts(r)).extracting(m -> m.get("status")).containsExactly(200, 200);
    assertThat(r.message())
        .contains("the body is empty, so the json expectation cannot be checked")
        .doesNotContain("closed the connection");
    assertThat(server.answered()).isEqualTo(2);
  }

  @Test
  void anHttp11ServerWhoseKeepAliveRanOutIsTreatedAlike() throws Exception {
    server = new CloseAfterEachAnswer("HTTP/1.1 503 Service Unavailable", "busy");

    CheckResult r =
        run(
            Yaml.endpoint(
                server.url("/health"), "attempts: 3", "backoff: 10ms", "max-backoff: 20ms"));

    assertThat(r.attempts()).isEqualTo(3);
    assertThat(ApiRetryIT.attempts(r))
        .extracting(m -> m.get("status"))
        .containsExactly(503, 503, 503);
    assertThat(server.answered()).isEqualTo(3);
  }

  @Test
  void aServerThatClosesFreshConnectionsStillCostsEachAttempt() throws Exception {
    server = new CloseAfterEachAnswer(null, null);

    CheckResult r =
        run(
            Yaml.endpoint(
                server.url("/health"), "attempts: 3", "backoff: 10ms", "max-backoff: 20ms"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.attempts()).isEqualTo(3);
    assertThat(r.message()).startsWith("connection closed ×3 over");
    assertThat(server.requests()).isEqualTo(3);
  }

  /**
   * Answers every request with {@code statusLine}, a Content-Length and no Connection header, then
   * closes the connection, as an HTTP/1.0 server does; with a null status line it closes without
   * answering.
   */
  private static final class CloseAfterEachAnswer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();

    CloseAfterEachAnswer(String statusLine, String body) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      thread =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket s = socket.accept()) {
                    serve(s, statusLine, body);
                  } catch (IOException e) {
                    // closed by the test, or the client went away
                  }
                }
              },
              "close-after-each-answer");
      thread.setDaemon(true);
      thread.start();
    }

    private void serve(Socket s, String statusLine, String body) throws IOException {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
      String line = in.readLine();
      if (line == null) {
        return;
      }
      while (line != null && !line.isEmpty()) {
        line = in.readLine();
      }
      requests.incrementAndGet();
      if (statusLine == null) {
        return;
      }
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      // Counted before it is sent: the client may finish and the test read the count before this
      // thread runs again after the flush.
      answered.incrementAndGet();
      OutputStream out = s.getOutputStream();
      out.write(
          (statusLine
                  + "\r\nServer: SimpleHTTP/0.6 Python/3.12\r\nContent-Type: application/json"
                  + "\r\nContent-Length: "
                  + b.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(b);
      out.flush();
    }

    String url(String path) {
      return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    int requests() {
      return requests.get();
    }

    int answered() {
      return answered.get();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
