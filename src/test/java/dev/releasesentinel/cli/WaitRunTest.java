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

  /** An instant in a log line: to the millisecond, the fraction left out when it is zero. */
  static final String LINE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z";

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
    // one wording for every round, the last one included, each said once
    List<String> said = r.err().lines().filter(l -> l.contains(" round ")).toList();
    assertThat(said).hasSize(3);
    assertThat(said.get(0))
        .matches(
            "release-sentinel: round 1 at "
                + LINE_TIME
                + ": BLOCKED by api:payments; next round at "
                + LINE_TIME);
    assertThat(said.get(1)).contains("round 2 at ").contains(": BLOCKED by api:payments; next");
    assertThat(said.get(2))
        .matches("release-sentinel: round 3 at " + LINE_TIME + ": SAFE; done: the gate passed");
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
  void checksThatCannotHealRunInTheFirstRoundAndTheConfirmingOneOnly() throws Exception {
    healsAfter(3);
    String config = "env: { required: [DEPLOY_TOKEN] }\n" + api();
    Files.writeString(repo.resolve(".release-sentinel.yml"), config);
    CliRun r =
        CliRun.run(
            Families.all(),
            Map.of("DEPLOY_TOKEN", "set"),
            "check",
            "-C",
            repo.toString(),
            "--wait",
            "30s",
            "--interval",
            "100ms",
            "--format",
            "json",
            "--log-format",
            "json");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    // rounds 1-3, then round 4 confirms the SAFE of round 3 with every check
    assertThat(finished(r.err(), "env.required:DEPLOY_TOKEN")).isEqualTo(2);
    assertThat(finished(r.err(), "api:payments")).isEqualTo(4);
    wm.verify(4, getRequestedFor(urlEqualTo("/health")));
    // the last round's report still lists the kept check, with its result from round 1
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.get("checks").toString()).contains("env.required:DEPLOY_TOKEN");
    assertThat(report.at("/wait/firstPassed/env.required:DEPLOY_TOKEN").asText())
        .isEqualTo(report.at("/wait/rounds/0/at").asText());
  }

  /** How many times the JSON log says {@code id} finished. */
  static long finished(String log, String id) throws Exception {
    ObjectMapper json = new ObjectMapper();
    long n = 0;
    for (String line : log.lines().filter(l -> l.startsWith("{")).toList()) {
      JsonNode e = json.readTree(line);
      if ("check.finished".equals(e.path("event").asText())
          && id.equals(e.path("check").asText())) {
        n++;
      }
    }
    return n;
  }

  void healsAfter(int attempts) {
    for (int i = 1; i < attempts; i++) {
      wm.stubFor(
          get("/health")
              .inScenario("heals")
              .whenScenarioStateIs(i == 1 ? Scenario.STARTED : "s" + i)
              .willReturn(aResponse().withStatus(503))
              .willSetStateTo("s" + (i + 1)));
    }
    wm.stubFor(
        get("/health")
            .inScenario("heals")
            .whenScenarioStateIs("s" + attempts)
            .willReturn(aResponse().withStatus(200)));
  }

  @Test
  void withAtTheWaitsEndAndItsRoundsFollowThatInstant() throws Exception {
    // Frozen for the first 2 s after --at: the wait sleeps through it and ends SAFE. On the real
    // clock the freeze (in 2030) would outlast the wait and end it at once.
    String config =
        "schedule:\n  freezes:\n    - { name: launch, from: \"2030-01-01T00:00:00Z\","
            + " to: \"2030-01-01T00:00:02Z\" }\n";
    CliRun r =
        check(
            config,
            "--at",
            "2030-01-01T00:00:00Z",
            "--wait",
            "20s",
            "--interval",
            "10s",
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    JsonNode wait = new ObjectMapper().readTree(r.out()).get("wait");
    assertThat(wait.get("reason").asText()).isEqualTo("the gate passed");
    Instant first = Instant.parse(wait.at("/rounds/0/at").asText());
    assertThat(first)
        .isBetween(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:01Z"));
    assertThat(Duration.between(first, Instant.parse(wait.get("until").asText())))
        .isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20));
    assertThat(wait.at("/rounds/1/at").asText()).startsWith("2030-01-01T00:00:02.");
    assertThat(r.err()).contains("round 1 at 2030-01-01T00:00:00");
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
    CliRun r = check(api(), "--wait", "1s", "--interval", "200ms", "--format", "json");
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode wait = new ObjectMapper().readTree(r.out()).get("wait");
    assertThat(wait.get("reason").asText())
        .isEqualTo("the wait ended at " + Instant.parse(wait.get("until").asText()));
    JsonNode rounds = wait.get("rounds");
    assertThat(rounds.size()).isGreaterThanOrEqualTo(2);
    assertThat(rounds.get(rounds.size() - 1).get("blockers").toString())
        .isEqualTo("[\"api:payments\"]");
    assertThat(wait.get("firstPassed").size()).isZero();
    assertThat(Instant.parse(rounds.get(rounds.size() - 1).get("at").asText()))
        .as("the last round starts when the wait ends")
        .isAfterOrEqualTo(Instant.parse(wait.get("until").asText()));
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
