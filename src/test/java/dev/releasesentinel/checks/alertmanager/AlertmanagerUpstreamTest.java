package dev.releasesentinel.checks.alertmanager;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.releasesentinel.checks.monitoring.Access;
import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.checks.monitoring.testing.DeadlineContext;
import dev.releasesentinel.checks.monitoring.testing.Upstreams;
import dev.releasesentinel.config.Template;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.redact.Redactor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alertmanager's retries through the shared probe: a 503 is asked again, a filter it refuses (400)
 * is not. (The real Alertmanager cannot be made to answer 503 on cue.)
 */
class AlertmanagerUpstreamTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static CheckResult run() throws Exception {
    Upstream upstream =
        new Upstream(
            Template.parse(server.baseUrl()),
            Map.of(),
            Optional.empty(),
            Duration.ofSeconds(5),
            new Access(Optional.empty(), 3, Duration.ofMillis(50), Duration.ofSeconds(1)));
    AlertmanagerConfig config =
        new AlertmanagerConfig(
            upstream,
            List.of(
                AlertmanagerConfig.Alerts.of(
                    "payments", List.of("service=\"payments\""), false, Severity.BLOCK)));
    return AlertmanagerChecks.of(
            config,
            Upstreams.http(Redactor.NONE),
            Environment.of(Map.of()),
            Redactor.NONE,
            Clock.systemUTC())
        .get(0)
        .run(DeadlineContext.relaxed());
  }

  @Test
  void a503IsAskedAgain() throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/api/v2/alerts"))
            .inScenario("restart")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withBody("starting"))
            .willSetStateTo("up"));
    server.stubFor(
        get(urlPathEqualTo("/api/v2/alerts"))
            .inScenario("restart")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withStatus(200).withBody("[]")));

    CheckResult r = run();

    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASS);
    assertThat(r.details()).containsEntry("attempts", 2);
  }

  @Test
  void aRefusedFilterIsNotAskedAgain() throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/api/v2/alerts"))
            .willReturn(aResponse().withStatus(400).withBody("\"bad matcher format\"")));

    CheckResult r = run();

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).startsWith("Alertmanager answered 400 to GET").contains("bad matcher");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }
}
