package dev.releasesentinel.checks.prometheus;

import static dev.releasesentinel.checks.prometheus.Queries.instant;
import static dev.releasesentinel.checks.prometheus.Queries.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.checks.monitoring.testing.DeadlineContext;
import dev.releasesentinel.checks.monitoring.testing.Fleet;
import dev.releasesentinel.checks.monitoring.testing.SlowProxy;
import dev.releasesentinel.checks.monitoring.testing.Tools;
import dev.releasesentinel.checks.monitoring.testing.Upstreams;
import dev.releasesentinel.config.Template;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a query check says when it cannot judge: no credentials, nobody listening, a server too slow
 * for the run's deadline or for the timeout, an answer that is not Prometheus's.
 */
class PrometheusFailureTest {

  private static final PrometheusConfig.Query QUEUES =
      instant("queues", "queue_depth", Threshold.max(1000));

  @Test
  void withoutCredentialsTheServerWantsThem() {
    Upstream noAuth = Upstreams.withoutAuth(Fleet.prometheus().url());
    CheckResult r = run(noAuth, QUEUES, DeadlineContext.relaxed());

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo(
            "401 from GET "
                + Fleet.prometheus().url()
                + "/api/v1/query: the server wants credentials: give basic-auth, or an"
                + " Authorization header (headers.Authorization: \"Bearer ${TOKEN}\") (answer:"
                + " \"Unauthorized\") (queues)");
  }

  @Test
  void aWrongPasswordIsRefusedToo() {
    Upstream bad =
        new Upstream(
            Template.parse(Fleet.prometheus().url()),
            Map.of("Authorization", Template.literal("Basic Z2F0ZTpub3BlIQ==")),
            Optional.empty(),
            Upstream.DEFAULT_TIMEOUT);
    CheckResult r = run(bad, QUEUES, DeadlineContext.relaxed());
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).startsWith("401 from GET ");
  }

  @Test
  void aServerThatIsDownIsAnError() {
    int closed = Tools.freePort();
    CheckResult r =
        run(Upstreams.withAuth("http://127.0.0.1:" + closed), QUEUES, DeadlineContext.relaxed());

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith("connection refused from GET http://127.0.0.1:" + closed + "/api/v1/query")
        .endsWith(": nothing listens there; is the server up and the port right? (queues)");
  }

  @Test
  void aServerSlowerThanTheRunsDeadlineIsCutOff() throws IOException {
    try (SlowProxy slow = SlowProxy.start(Fleet.prometheus().port(), Duration.ofSeconds(5))) {
      CheckResult r =
          run(
              Upstreams.withAuth(slow.url()),
              QUEUES,
              DeadlineContext.withTimeLeft(Duration.ofMillis(800)));

      assertThat(r.status()).isEqualTo(Status.ERROR);
      assertThat(r.message())
          .startsWith("timeout from GET " + slow.url() + "/api/v1/query (no answer from 127.0.0.1:")
          .endsWith(
              "(the run's deadline cut the request short): raise --timeout, or lower the"
                  + " config's timeout (queues)");
    }
  }

  @Test
  void aServerSlowerThanTheTimeoutIsAnError() throws IOException {
    try (SlowProxy slow = SlowProxy.start(Fleet.prometheus().port(), Duration.ofSeconds(5))) {
      CheckResult r =
          run(
              Upstreams.withAuth(slow.url(), Duration.ofMillis(300)),
              QUEUES,
              DeadlineContext.relaxed());

      assertThat(r.status()).isEqualTo(Status.ERROR);
      assertThat(r.message())
          .isEqualTo(
              "timeout from GET "
                  + slow.url()
                  + "/api/v1/query after 3 attempts (no answer from 127.0.0.1:"
                  + slow.port()
                  + " within 300ms): the server is slow or the query"
                  + " heavy; raise the config's timeout or lighten the query (queues)");
    }
  }

  @Test
  void aPathWithoutTheApiIsAnErrorWithWhatCameBack() {
    CheckResult r =
        run(
            Upstreams.withAuth(Fleet.prometheus().url() + "/nothing/"),
            QUEUES,
            DeadlineContext.relaxed());

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo(
            "404 from GET "
                + Fleet.prometheus().url()
                + "/nothing//api/v1/query: nothing there; check the url (a server behind a path"
                + " prefix needs it in the url, e.g. https://mimir.internal/prometheus) (answer:"
                + " \"404 page not found\") (queues)");
  }

  @Test
  void anAnswerThatIsNotJsonIsAnError() throws IOException {
    HttpServer login =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    login.createContext(
        "/",
        ex -> {
          byte[] page =
              "<html>\n  <body>Sign in to continue</body>\n</html>"
                  .getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/html");
          ex.sendResponseHeaders(200, page.length);
          ex.getResponseBody().write(page);
          ex.close();
        });
    login.start();
    try {
      String url = "http://127.0.0.1:" + login.getAddress().getPort();
      CheckResult r = run(Upstreams.withAuth(url), QUEUES, DeadlineContext.relaxed());

      assertThat(r.status()).isEqualTo(Status.ERROR);
      assertThat(r.message())
          .isEqualTo(
              "200 from GET "
                  + url
                  + "/api/v1/query with \"<html> <body>Sign in to continue</body> </html>\", not a"
                  + " Prometheus API answer (JSON with a status) (queues)");
    } finally {
      login.stop(0);
    }
  }

  @Test
  void anUnsetVariableIsAnErrorNamingIt() {
    Upstream u =
        new Upstream(
            Template.parse(Fleet.prometheus().url()),
            Map.of("Authorization", Template.parse("Bearer ${PROM_TOKEN}")),
            Optional.empty(),
            Upstream.DEFAULT_TIMEOUT);
    CheckResult r = run(u, QUEUES, DeadlineContext.relaxed());

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo(
            "environment variable PROM_TOKEN is not set (used in headers.Authorization): set it"
                + " in the job's environment, or write ${PROM_TOKEN:-default} for an optional"
                + " value (queues)");
  }
}
