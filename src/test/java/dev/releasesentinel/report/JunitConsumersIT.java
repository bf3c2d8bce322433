package dev.releasesentinel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.testing.SampleReports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Jenkins' junit plugin, dorny/test-reporter, mikepenz/action-junit-report and GitLab make of
 * our JUnit XML, by their own rules (ci/junit-consumers.sh; docs/report-formats.md, "JUnit XML"): a
 * SAFE run with a non-blocking failure, a warning and a waiver is green in all four; a blocked run
 * is UNSTABLE / failure; Jenkins and dorny show the run's wall time.
 */
class JunitConsumersIT {

  @Test
  void aSafeRunIsGreenAndABlockedOneIsNotInEveryConsumer(@TempDir Path dir) throws Exception {
    Path safe = write(dir, "safe.xml", SampleReports.warnWaived());
    Path blocked = write(dir, "blocked.xml", SampleReports.blockedNeeds());
    JsonNode out = consumers(safe, blocked);

    JsonNode green = out.get(safe.toString());
    assertThat(outcomes(green))
        .containsExactly("SUCCESS", "success", "success", "no failure in the test report");
    for (JsonNode c : green) {
      assertThat(c.path("failed").asInt()).as(c.path("consumer").asText()).isZero();
      assertThat(c.path("tests").asInt()).isEqualTo(4);
    }
    double wall = SampleReports.warnWaived().duration().toMillis() / 1000.0;
    assertThat(green.get(0).path("seconds").asDouble()).isEqualTo(wall);
    assertThat(green.get(1).path("seconds").asDouble()).isEqualTo(wall);

    JsonNode red = out.get(blocked.toString());
    assertThat(outcomes(red).get(0)).isEqualTo("UNSTABLE");
    assertThat(outcomes(red).subList(1, 3)).containsExactly("failure", "failure");
    for (JsonNode c : red) {
      assertThat(c.path("failed").asInt()).as(c.path("consumer").asText()).isEqualTo(2);
      assertThat(c.path("skipped").asInt()).isEqualTo(1);
    }
  }

  private static List<String> outcomes(JsonNode consumers) {
    return java.util.stream.StreamSupport.stream(consumers.spliterator(), false)
        .map(c -> c.path("outcome").asText())
        .toList();
  }

  private static Path write(Path dir, String name, RunReport r) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, new JunitReport().render(r), StandardCharsets.UTF_8);
    return f;
  }

  private static JsonNode consumers(Path... files) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("ci/junit-consumers.sh", "--json"));
    for (Path f : files) {
      command.add(f.toString());
    }
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("ci/junit-consumers.sh did not finish in 120 s");
    }
    assertThat(p.exitValue())
        .as("ci/junit-consumers.sh (node and npm from ci/install-test-tools.sh)")
        .isZero();
    return new ObjectMapper().readTree(out);
  }
}
