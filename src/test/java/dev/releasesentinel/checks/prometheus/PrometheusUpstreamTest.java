package dev.releasesentinel.checks.prometheus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.releasesentinel.checks.monitoring.Access;
import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.checks.monitoring.testing.DeadlineContext;
import dev.releasesentinel.config.Template;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a misbehaving server does to a query, through the shared HTTP probe: a 503 or 429 is asked
 * again (after the server's Retry-After), a refused query is not, a body that trickles past the
 * timeout and one past the 16 MiB limit are ERROR. (The real Prometheus cannot be made to do these;
 * everything it does answer is tested against it.)
 */
class PrometheusUpstreamTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String OK =
      "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},"
          + "\"value\":[1700000000,\"0.001\"]}]}}";

  private static Upstream upstream(Duration timeout, int attempts) {
    return new Upstream(
        Template.parse(server.baseUrl()),
        Map.of(),
        Optional.empty(),
        timeout,
        new Access(Optional.empty(), attempts, Duration.ofMillis(50), Duration.ofSeconds(2)));
  }

  private static CheckResult query(Upstream upstream) {
    return Queries.run(
        upstream,
        Queries.instant("errors", "sum(errors)", Threshold.max(0.01)),
        DeadlineContext.relaxed());
  }

  private static List<ServeEvent> served() {
    return server.getAllServeEvents().stream()
        .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
        .toList();
  }

  @Test
  void a503IsAskedAgainAndTheSecondAnswerCounts() {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/query"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withBody("{\"status\":\"error\"}"))
            .willSetStateTo("up"));
    server.stubFor(
        get(urlPathEqualTo("/api/v1/query"))
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withStatus(200).withBody(OK)));

    CheckResult r = query(upstream(Duration.ofSeconds(5), 3));

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASS);
    assertThat(r.details()).containsEntry("attempts", 2);
    assertThat(served()).hasSize(2);
  }

  @Test
  void a429WaitsAsRetryAfterSays() {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/query"))
            .inScenario("busy")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("free"));
    server.stubFor(
        get(urlPathEqualTo("/api/v1/query"))
            .inScenario("busy")
            .whenScenarioStateIs("free")
            .willReturn(aResponse().withStatus(200).withBody(OK)));

    CheckResult r = query(upstream(Duration.ofSeconds(5), 2));

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASS);
    List<ServeEvent> s = served();
    assertThat(s).hasSize(2);
    long gap =
        s.get(1).getRequest().getLoggedDate().getTime()
            - s.get(0).getRequest().getLoggedDate().getTime();
    // Retry-After: 1 (second) is honoured over the 50 ms backoff.
    assertThat(gap).isGreaterThanOrEqualTo(900);
  }

  @Test
  void aRefusedQueryIsNotAskedAgain() {
    for (int status : new int[] {400, 422}) {
      server.resetAll();
      server.stubFor(
          get(urlPathEqualTo("/api/v1/query"))
              .willReturn(
                  aResponse()
                      .withStatus(status)
                      .withBody(
                          "{\"status\":\"error\",\"errorType\":\""
                              + (status == 400 ? "bad_data" : "execution")
                              + "\",\"error\":\"parse error at char 4\"}")));

      CheckResult r = query(upstream(Duration.ofSeconds(5), 3));

      assertThat(r.status()).isEqualTo(Status.ERROR);
      assertThat(r.message()).contains("Prometheus answered " + status).contains("parse error");
      assertThat(served()).as("%s is final", status).hasSize(1);
    }
  }

  @Test
  void fiveHundredsAreAskedEveryAttemptAndTheMessageSaysHowMany() {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/query"))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withBody(
                        "{\"status\":\"error\",\"errorType\":\"unavailable\",\"error\":\"down\"}")));

    CheckResult r = query(upstream(Duration.ofSeconds(5), 3));

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "Prometheus answered 503 to GET "
                + server.baseUrl()
                + "/api/v1/query after 3"
                + " attempts: unavailable: down");
    assertThat(served()).hasSize(3);
  }

  @Test
  void aBodyThatTricklesPastTheTimeoutIsAnError() {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/query"))
            .willReturn(
                aResponse().withStatus(200).withBody(OK).withChunkedDribbleDelay(20, 4000)));

    CheckResult r = query(upstream(Duration.ofMillis(500), 1));

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).startsWith("timeout from GET " + server.baseUrl() + "/api/v1/query");
  }

  @Test
  void aBodyPastTheLimitIsNotReadWhole() {
    String big = "{\"status\":\"success\",\"data\":\"" + "x".repeat(17 << 20) + "\"}";
    server.stubFor(
        get(urlPathEqualTo("/api/v1/query")).willReturn(aResponse().withStatus(200).withBody(big)));

    CheckResult r = query(upstream(Duration.ofSeconds(20), 1));

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .contains("with an answer larger than 16 MiB, not read whole")
        .contains("narrow the query");
  }
}
