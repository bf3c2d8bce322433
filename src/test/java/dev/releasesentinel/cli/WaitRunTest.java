package dev.releasesentinel.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.releasesentinel.checks.Families;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --wait}: against an upstream that heals, one that never does, and a dead end. */
class WaitRunTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path repo;

  CliRun check(String config, String... more) throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), config);
    List<String> args = new ArrayList<>(List.of("check", "-C", repo.toString()));
    args.addAll(List.of(more));
    return CliRun.run(Families.all(), Map.of(), args.toArray(String[]::new));
  }

  String api() {
    return "api:\n  defaults: { attempts: 1, timeout: 2s }\n  endpoints:\n"
        + "    - { name: payments, url: \"http://localhost:"
        + wm.getPort()
        + "/health\" }\n";
  }

  @Test
  void anUpstreamThatHealsAfterThreeAttemptsEndsSafe() throws Exception {
    String s = "healing";
    wm.stubFor(
        get("/health")
            .inScenario(s)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("2"));
    wm.stubFor(
        get("/health")
            .inScenario(s)
            .whenScenarioStateIs("2")
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("3"));
    wm.stubFor(
        get("/health")
            .inScenario(s)
            .whenScenarioStateIs("3")
            .willReturn(aResponse().withStatus(200)));
    CliRun r = check(api(), "--wait", "30s", "--interval", "100ms", "--format", "json");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.err())
        .contains("round 1: BLOCKED by api:payments; next round at")
        .contains("round 2: BLOCKED by api:payments")
        .contains("round 3 at");
    assertThat(r.out())
        .contains("wait: round 3 at")
        .contains("wait: api:payments first passed at")
        .contains("wait: ended after 3 rounds: SAFE");
    wm.verify(3, getRequestedFor(urlEqualTo("/health")));
  }

  @Test
  void anUpstreamThatNeverHealsEndsWithTheWait() throws Exception {
    wm.stubFor(get("/health").willReturn(aResponse().withStatus(503)));
    long start = System.nanoTime();
    CliRun r = check(api(), "--wait", "1s", "--interval", "200ms", "--format", "json");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("the wait ended at");
    assertThat(ms).as("the last round starts when the wait ends").isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void aFailureThatCannotHealEndsTheWaitAfterOneRound() throws Exception {
    CliRun r =
        check("env: { required: [NOT_SET_ANYWHERE] }\n", "--wait", "10m", "--format", "json");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains("wait: ended after 1 rounds: env.required:NOT_SET_ANYWHERE cannot heal");
  }

  @Test
  void badDurationsAreUsageErrors() throws Exception {
    assertThat(check(api(), "--wait", "0s").exitCode()).isEqualTo(2);
    assertThat(check(api(), "--wait", "2d").exitCode()).isEqualTo(2);
    CliRun r = check(api(), "--interval", "5s");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--interval is given without --wait DURATION");
  }
}
