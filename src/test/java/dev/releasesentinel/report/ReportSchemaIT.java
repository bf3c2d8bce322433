package dev.releasesentinel.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.engine.WaitSummary;
import dev.releasesentinel.testing.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON report's published schema (schema/report.schema.json, what {@code schema --report}
 * prints) accepts every golden report and generated ones, checked with Ajv from npm as editors and
 * CI linters check it (ci/validate-json.sh; node and npm come from ci/install-test-tools.sh).
 */
class ReportSchemaIT {

  static final Path PUBLISHED = Path.of("schema/report.schema.json");

  @Test
  void everyGoldenAndGeneratedReportValidatesWithAjv(@TempDir Path dir) throws Exception {
    List<String> files = new ArrayList<>();
    try (Stream<Path> golden = Files.list(Path.of("src/test/resources/golden"))) {
      golden
          .filter(p -> p.toString().endsWith(".json") && !p.toString().contains("codequality"))
          .forEach(p -> files.add(p.toString()));
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    Random random = new Random(15);
    for (int i = 0; i < 40; i++) {
      Path f = dir.resolve("generated-" + i + ".json");
      Files.writeString(f, new JsonReport().render(generated(random)), StandardCharsets.UTF_8);
      files.add(f.toString());
    }
    List<String> command = new ArrayList<>(List.of("ci/validate-json.sh", PUBLISHED.toString()));
    command.addAll(files);
    Result r = run(command);
    assertThat(r.exit).as(r.out).isZero();
    assertThat(r.out.lines().filter(l -> l.startsWith("ok "))).hasSize(files.size());
  }

  @Test
  void theSchemaRejectsAReportThatBreaksIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.json");
    String good = new JsonReport().render(SampleReports.warnWaived());
    Files.writeString(f, good.replace("\"WAIVED\"", "\"SNOOZED\""), StandardCharsets.UTF_8);
    Result r = run(List.of("ci/validate-json.sh", PUBLISHED.toString(), f.toString()));
    assertThat(r.exit).as(r.out).isEqualTo(1);
    assertThat(r.out).contains("invalid").contains("/status");
  }

  @Test
  void theSchemaRejectsAWaitThatBreaksIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad-wait.json");
    String good = new JsonReport().render(SampleReports.waited());
    Files.writeString(
        f,
        good.replace(
            "\"verdict\": \"SAFE\",\n        \"blockers\"",
            "\"verdict\": \"MAYBE\",\n        \"blockers\""),
        StandardCharsets.UTF_8);
    assertThat(Files.readString(f)).contains("MAYBE");
    Result r = run(List.of("ci/validate-json.sh", PUBLISHED.toString(), f.toString()));
    assertThat(r.exit).as(r.out).isEqualTo(1);
    assertThat(r.out).contains("invalid").contains("/wait/rounds/2/verdict");
  }

  /** A report with random statuses, severities, waivers, needs and texts. */
  static RunReport generated(Random random) {
    List<CheckResult> results = new ArrayList<>();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      Status s = Status.values()[random.nextInt(Status.values().length)];
      Status base = s == Status.WAIVED ? (random.nextBoolean() ? Status.FAIL : Status.ERROR) : s;
      Severity sev = Severity.values()[random.nextInt(Severity.values().length)];
      Map<String, Object> details = new LinkedHashMap<>();
      if (random.nextBoolean()) {
        details.put("url", "https://x.test/a?b=1&c=" + random.nextInt());
        details.put("attempts", List.of(Map.of("attempt", 1, "latencyMs", random.nextInt(900))));
      }
      CheckResult r =
          new CheckResult(
              CheckId.of("api:c" + i),
              base,
              sev,
              "m\"<&>" + random.nextInt(),
              details,
              Duration.ofMillis(random.nextInt(5000)),
              random.nextInt(4));
      if (random.nextBoolean()) {
        r = r.withHint("fix " + i);
      }
      if (s == Status.SKIP && random.nextBoolean()) {
        r = r.withNeeds(CheckId.of("git.clean-tree"));
      }
      if (s == Status.WAIVED) {
        r =
            r.waive(
                "api:",
                "why",
                "bob",
                random.nextBoolean() ? Optional.of("2026-12-31") : Optional.empty(),
                Optional.empty());
      }
      results.add(r);
    }
    RunReport report =
        new RunReport(
            "0.2.0",
            Verdict.of(results, false),
            false,
            random.nextBoolean() ? Optional.of("prod") : Optional.empty(),
            Optional.empty(),
            new RunReport.Repository("app", Optional.of("a338905"), Optional.empty()),
            Optional.empty(),
            Instant.ofEpochMilli(1_790_000_000_000L + random.nextInt(1_000_000_000)),
            Duration.ofMillis(random.nextInt(9000)),
            results,
            List.of(),
            new RunReport.Unselected(random.nextInt(3), "--skip git"));
    return random.nextBoolean() ? report : report.withWait(report.verdict(), wait(random, results));
  }

  /** Rounds a second apart with random verdicts and blockers, the first passes in between. */
  static WaitSummary wait(Random random, List<CheckResult> results) {
    Instant start = Instant.ofEpochMilli(1_790_000_000_000L + random.nextInt(1_000_000_000));
    List<WaitSummary.Round> rounds = new ArrayList<>();
    Map<CheckId, Instant> firstPassed = new LinkedHashMap<>();
    int n = 1 + random.nextInt(4);
    for (int i = 1; i <= n; i++) {
      Instant at = start.plusMillis(1000L * i + random.nextInt(999));
      List<CheckId> blockers = new ArrayList<>();
      for (CheckResult c : results) {
        if (random.nextBoolean()) {
          blockers.add(c.id());
        } else {
          firstPassed.putIfAbsent(c.id(), at);
        }
      }
      Verdict v = blockers.isEmpty() ? Verdict.SAFE : Verdict.values()[1 + random.nextInt(2)];
      rounds.add(new WaitSummary.Round(i, at, v, blockers));
    }
    return new WaitSummary(
        start.plusSeconds(600),
        Duration.ofMillis(1 + random.nextInt(60_000)),
        rounds,
        firstPassed,
        "the wait ended at " + start.plusSeconds(600));
  }

  private record Result(int exit, String out) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of("/usr/bin/node")) && !onPath("node")) {
      throw new AssertionError(
          "node is missing: run ci/install-test-tools.sh (installs nodejs and npm, and Ajv)");
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("ci/validate-json.sh did not finish in 120 s:\n" + out);
    }
    return new Result(p.exitValue(), out);
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
