package dev.releasesentinel.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM during {@code check --wait} (docs/waivers.md): the wait stops and the last round's report
 * is written whole before the process exits. A real child JVM, signalled as a CI runner cancelling
 * a job does it.
 */
class WaitSignalIT {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path repo;

  @Test
  void sigtermEndsTheWaitAndTheLastRoundsReportIsWritten() throws Exception {
    wm.stubFor(get(urlEqualTo("/health")).willReturn(aResponse().withStatus(503)));
    Files.writeString(
        repo.resolve(".release-sentinel.yml"),
        "api:\n  endpoints:\n    - { name: payments, url: \""
            + wm.baseUrl()
            + "/health\", attempts: 1 }\n");
    Path report = repo.resolve("gate.json");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(
        List.of(
            "check",
            "-C",
            repo.toString(),
            "--wait",
            "10m",
            "--interval",
            "5m",
            "--report",
            "json=" + report));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
    pb.environment().remove("GITHUB_ACTIONS");
    pb.environment().put("HOME", repo.toString());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    // stderr to a file: reading a pipe while the process exits races with the JDK's reaper
    Path stderr = repo.resolve("stderr.txt");
    pb.redirectError(stderr.toFile());
    Process p = pb.start();
    try {
      boolean waiting = false;
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!waiting && p.isAlive() && System.nanoTime() < until) {
        waiting =
            Files.readAllLines(stderr).stream()
                .anyMatch(
                    l ->
                        l.contains("round 1 at ") && l.contains(": BLOCKED by api:payments; next"));
        Thread.sleep(50);
      }
      assertThat(waiting).as("the first round's line on stderr").isTrue();
      assertThat(report).as("no report while waiting").doesNotExist();
      p.destroy(); // SIGTERM on Unix
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(Files.readAllLines(stderr))
        .contains("release-sentinel: stopped before the wait ended: the report is round 1's");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.path("verdict").asText()).isEqualTo("BLOCKED");
    assertThat(json.path("wait").path("rounds")).hasSize(1);
    assertThat(json.path("wait").path("reason").asText())
        .isEqualTo("stopped before the wait ended");
  }
}
