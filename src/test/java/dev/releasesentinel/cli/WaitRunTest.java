package dev.releasesentinel.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.releasesentinel.checks.Families;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --wait}: against an upstream that heals, one that never does, and a dead end. */
class WaitRunTest {

  static final String MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
  static final Duration WAIT_30S = Duration.ofSeconds(30);

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
    JsonNode wait = new ObjectMapper().readTree(r.out()).get("wait");
    assertThat(wait.get("intervalMs").asLong()).isEqualTo(100);
    assertThat(wait.get("reason").asText()).isEqualTo("the gate passed");
    assertThat(wait.get("rounds")).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode round = wait.get("rounds").get(i);
      assertThat(round.get("number").asInt()).isEqualTo(i + 1);
      assertThat(round.get("at").asText()).matches(MILLIS);
      assertThat(round.get("verdict").asText()).isEqualTo(i < 2 ? "BLOCKED" : "SAFE");
      assertThat(round.get("blockers").toString()).isEqualTo(i < 2 ? "[\"api:payments\"]" : "[]");
    }
    assertThat(wait.at("/firstPassed/api:payments").asText())
        .isEqualTo(wait.at("/rounds/2/at").asText());
    Instant until = Instant.parse(wait.get("until").asText());
    Instant first = Instant.parse(wait.at("/rounds/0/at").asText());
    assertThat(Duration.between(first, until)).isBetween(Duration.ofSeconds(29), WAIT_30S);
    assertThat(r.out()).doesNotContain("\"notes\"");
    wm.verify(3, getRequestedFor(urlEqualTo("/health")));
  }

  @Test
  void theTextReportSaysHowTheWaitEndedAfterTheSummary() throws Exception {
    healsOnTheSecondAttempt();
    CliRun r = check(api(), "--wait", "30s", "--interval", "100ms", "--format", "text");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    int summary =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("SAFE:")).findFirst().get());
    assertThat(lines.get(summary + 1))
        .matches(
            "waited 2 rounds over [0-9.]+ m?s \\(SAFE in round 2\\): the gate passed; healed:"
                + " api:payments");
  }

  void healsOnTheSecondAttempt() {
    wm.stubFor(
        get("/health")
            .inScenario("once")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("healed"));
    wm.stubFor(
        get("/health")
            .inScenario("once")
            .whenScenarioStateIs("healed")
            .willReturn(aResponse().withStatus(200)));
  }

  @Test
  void anUpstreamThatNeverHealsEndsWithTheWait() throws Exception {
    wm.stubFor(get("/health").willReturn(aResponse().withStatus(503)));
    long start = System.nanoTime();
    CliRun r = check(api(), "--wait", "1s", "--interval", "200ms", "--format", "json");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode wait = new ObjectMapper().readTree(r.out()).get("wait");
    assertThat(wait.get("reason").asText())
        .isEqualTo("the wait ended at " + Instant.parse(wait.get("until").asText()));
    JsonNode rounds = wait.get("rounds");
    assertThat(rounds.size()).isGreaterThanOrEqualTo(2);
    assertThat(rounds.get(rounds.size() - 1).get("blockers").toString())
        .isEqualTo("[\"api:payments\"]");
    assertThat(wait.get("firstPassed").size()).isZero();
    assertThat(ms).as("the last round starts when the wait ends").isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void aFailureThatCannotHealEndsTheWaitAfterOneRound() throws Exception {
    CliRun r =
        check("env: { required: [NOT_SET_ANYWHERE] }\n", "--wait", "10m", "--format", "json");
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode wait = new ObjectMapper().readTree(r.out()).get("wait");
    assertThat(wait.get("rounds")).hasSize(1);
    assertThat(wait.get("reason").asText())
        .isEqualTo("env.required:NOT_SET_ANYWHERE cannot heal by waiting");
    assertThat(wait.at("/rounds/0/blockers/0").asText()).isEqualTo("env.required:NOT_SET_ANYWHERE");
  }

  @Test
  void aRunWithoutWaitHasNoWaitInAnyReport() throws Exception {
    wm.stubFor(get("/health").willReturn(aResponse().withStatus(200)));
    assertThat(new ObjectMapper().readTree(check(api(), "--format", "json").out()).has("wait"))
        .isFalse();
    assertThat(check(api(), "--format", "text").out()).doesNotContain("waited");
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
