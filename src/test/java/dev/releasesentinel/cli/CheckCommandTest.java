package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.FakeCheck;
import dev.releasesentinel.testing.FakeFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir Path repo;

  private String[] args(String... more) {
    String[] base = {"check", "-C", repo.toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @BeforeEach
  void config() throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), "git: {}\n");
  }

  static List<Family> family(FakeCheck... checks) {
    return List.of(FakeFamily.of(checks));
  }

  @Test
  void safeRunExitsZeroAndPrintsTheVerdict() {
    CliRun r = CliRun.run(family(FakeCheck.of("git.clean-tree", Status.PASS)), Map.of(), args());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("PASS +git\\.clean\\-tree").contains("SAFE: 1 passed");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void blockingFailureExitsOne() {
    CliRun r = CliRun.run(family(FakeCheck.of("git.branch", Status.FAIL)), Map.of(), args());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("BLOCKED");
  }

  @Test
  void criticalFailureExitsTwo() {
    CliRun r =
        CliRun.run(
            family(FakeCheck.of("api:pay", Status.FAIL).severity(Severity.CRITICAL)),
            Map.of(),
            args());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).contains("CRITICAL");
  }

  @Test
  void warningsBlockOnlyWhenStrict() {
    List<Family> f = family(FakeCheck.of("system.memory", Status.WARN));
    assertThat(CliRun.run(f, Map.of(), args()).exitCode()).isZero();
    assertThat(CliRun.run(f, Map.of(), args("--strict")).exitCode()).isEqualTo(1);
  }

  @Test
  void jsonOnStdoutIsTheReportAndNothingElse() throws Exception {
    CliRun r =
        CliRun.run(
            family(FakeCheck.of("git.clean-tree", Status.PASS)),
            Map.of(),
            args("--format", "json", "--log-format", "json"));
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("verdict").asText()).isEqualTo("SAFE");
    assertThat(j.at("/checks/0/id").asText()).isEqualTo("git.clean-tree");
  }

  @Test
  void jsonLogsAreOneObjectALineOnStderr() throws Exception {
    CliRun r =
        CliRun.run(
            family(
                FakeCheck.of("git.clean-tree", Status.PASS),
                FakeCheck.of("git.branch", Status.FAIL)),
            Map.of(),
            args("--log-format", "json"));
    List<String> lines = r.err().lines().toList();
    assertThat(lines).isNotEmpty();
    ObjectMapper m = new ObjectMapper();
    for (String line : lines) {
      JsonNode j = m.readTree(line);
      assertThat(j.has("time")).isTrue();
      assertThat(j.has("level")).isTrue();
      assertThat(j.has("event")).isTrue();
    }
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("\"event\":\"check.finished\"")
                    .contains("\"check\":\"git.branch\""));
  }

  @Test
  void quietPrintsOnlyTheVerdictLine() {
    CliRun r =
        CliRun.run(family(FakeCheck.of("git.clean-tree", Status.PASS)), Map.of(), args("-q"));
    assertThat(r.out().lines())
        .containsExactly(
            "SAFE: 1 passed in "
                + r.out().lines().findFirst().orElseThrow().replaceAll(".* in ", ""));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void reportFilesAreWrittenInEveryFormatRequested() throws Exception {
    Path json = repo.resolve("out/gate.json");
    Path junit = repo.resolve("out/gate.xml");
    Path md = repo.resolve("out/gate.md");
    CliRun r =
        CliRun.run(
            family(FakeCheck.of("git.clean-tree", Status.PASS)),
            Map.of(),
            args(
                "--report",
                "json=" + json,
                "--report",
                "junit=" + junit,
                "--report",
                "markdown=" + md));
    assertThat(r.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(json.toFile()).get("verdict").asText())
        .isEqualTo("SAFE");
    assertThat(Files.readString(junit)).startsWith("<?xml");
    assertThat(Files.readString(md)).startsWith("### ✅ SAFE");
    try (var files = Files.list(repo.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("gate.json", "gate.xml", "gate.md");
    }
  }

  @Test
  void anUnwritableReportPathIsExitTwoBeforeAnythingRunsSayingWhy() throws Exception {
    Path blocker = repo.resolve("file");
    Files.writeString(blocker, "x");
    AtomicBoolean ran = new AtomicBoolean();
    Check watched =
        new Check() {
          @Override
          public CheckId id() {
            return CheckId.of("git.clean-tree");
          }

          @Override
          public Severity severity() {
            return Severity.BLOCK;
          }

          @Override
          public CheckResult run(CheckContext context) {
            ran.set(true);
            return CheckResult.pass(this, "clean");
          }
        };
    CliRun r =
        CliRun.run(
            List.of(new FakeFamily("git", List.of(watched))),
            Map.of(),
            args("--report", "json=" + blocker.resolve("gate.json")));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(ran).as("no check ran").isFalse();
    assertThat(r.err())
        .contains("cannot write the json report to " + blocker.resolve("gate.json"))
        .contains(": a file is in the way of a directory (" + blocker + ")")
        .contains("nothing was checked");
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    try (var left = Files.list(repo)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    CliRun dir =
        CliRun.run(
            family(FakeCheck.of("git.clean-tree", Status.PASS)),
            Map.of(),
            args("--report", "junit=" + repo));
    assertThat(dir.exitCode()).isEqualTo(2);
    assertThat(dir.err())
        .contains(repo.toAbsolutePath() + " is a directory: give the path of a file")
        .contains("nothing was checked");
  }

  @Test
  void aReportFileIsReplacedWholeNeverAppended() throws Exception {
    Path json = repo.resolve("gate.json");
    Files.writeString(json, "{\"old\": true, \"padding\": \"" + "x".repeat(10_000) + "\"}");
    CliRun.run(
        family(FakeCheck.of("git.clean-tree", Status.PASS)),
        Map.of(),
        args("--report", "json=" + json));
    assertThat(new ObjectMapper().readTree(json.toFile()).has("old")).isFalse();
  }

  @Test
  void badFlagsExitTwoWithOneClearMessage() {
    List<Family> f = family(FakeCheck.of("git.clean-tree", Status.PASS));
    CliRun r = CliRun.run(f, Map.of(), args("--formt", "json"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("'--formt'").contains("did you mean: --format?");
    assertThat(CliRun.run(f, Map.of(), args("--format", "xml")).err())
        .contains("--format: unknown format 'xml'");
    assertThat(CliRun.run(f, Map.of(), args("--timeout", "10")).err())
        .contains("--timeout '10' is not a duration; write e.g. 90s, 2m or 1m30s");
    assertThat(CliRun.run(f, Map.of(), args("--timeout", "0s")).err())
        .contains("--timeout '0s' is not a positive duration");
    for (String empty : List.of("", ",", " , ")) {
      CliRun none = CliRun.run(f, Map.of(), args("--only", empty));
      assertThat(none.exitCode()).isEqualTo(2);
      assertThat(none.err()).contains("--only '" + empty + "' names no check");
      assertThat(none.out()).isEmpty();
    }
    assertThat(CliRun.run(f, Map.of(), args("--skip", ",")).exitCode()).isEqualTo(2);
    assertThat(CliRun.run(f, Map.of(), args("--report", "json")).err())
        .contains("--report 'json': write FORMAT=PATH");
    assertThat(CliRun.run(f, Map.of(), args("--timeout", "10")).exitCode()).isEqualTo(2);
  }

  @Test
  void aTypoInOnlyIsAnErrorNotAnEmptyRun() {
    CliRun r =
        CliRun.run(
            family(FakeCheck.of("git.clean-tree", Status.PASS)), Map.of(), args("--only", "gti"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("--only 'gti' matches no check that this config runs; did you mean 'git'?");
  }

  @Test
  void skippingEveryCheckIsNothingToCheck() {
    CliRun r =
        CliRun.run(
            family(FakeCheck.of("git.clean-tree", Status.PASS)), Map.of(), args("--skip", "git"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nothing to check");
  }

  @Test
  void aConfigThatEnablesNoCheckIsExitTwo() {
    CliRun r = CliRun.run(List.of(FakeFamily.of()), Map.of(), args());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nothing to check").contains("never says SAFE");
  }

  @Test
  void checksLeftOutBySkipAreCountedNotListed() {
    CliRun r =
        CliRun.run(
            family(
                FakeCheck.of("git.clean-tree", Status.PASS),
                FakeCheck.of("git.branch", Status.FAIL)),
            Map.of(),
            args("--skip", "git.branch"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .doesNotContain("  git.branch")
        .contains("SAFE: 1 passed in ")
        .contains("; 1 not selected (--skip git.branch)");
  }

  @Test
  void configErrorsExitTwoWithFileLineColumnAndNoStackTrace() throws Exception {
    Files.writeString(
        repo.resolve(".release-sentinel.yml"), "git:\n  brnaches: [main]\ntimeout: 5\n");
    CliRun r = CliRun.run(family(FakeCheck.of("git.clean-tree", Status.PASS)), Map.of(), args());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("the config has 2 problems:")
        .contains(
            ".release-sentinel.yml:2:3: unknown key 'brnaches' in git; did you mean 'branches'?")
        .contains(".release-sentinel.yml:3:10: timeout: '5' is not a duration; add a unit, e.g. 5s")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownEnvironmentIsExitTwoWithTheKnownNames() throws Exception {
    Files.writeString(
        repo.resolve(".release-sentinel.yml"),
        "git: {}\nenvironments:\n  prod: {}\n  staging: {}\n");
    CliRun r =
        CliRun.run(
            family(FakeCheck.of("git.clean-tree", Status.PASS)), Map.of(), args("-e", "prd"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("unknown environment 'prd'; did you mean 'prod'? (known: prod, staging)");
  }

  @Test
  void withoutAConfigFileTheBuiltInDefaultsRunWithANote() throws Exception {
    Files.delete(repo.resolve(".release-sentinel.yml"));
    CliRun r = CliRun.run(family(FakeCheck.of("git.clean-tree", Status.PASS)), Map.of(), args());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .contains("note: no config file found")
        .contains("using the built-in defaults");
  }

  @Test
  void theNoteIsSaidOnceWithDebugAndAsOneJsonLineWithJsonLogs() throws Exception {
    Files.delete(repo.resolve(".release-sentinel.yml"));
    CliRun debug =
        CliRun.run(family(FakeCheck.of("git.clean-tree", Status.PASS)), Map.of(), args("--debug"));
    assertThat(debug.err().split("no config file found", -1)).hasSize(2);
    CliRun json =
        CliRun.run(
            family(FakeCheck.of("git.clean-tree", Status.PASS)),
            Map.of(),
            args("--log-format", "json"));
    assertThat(json.err().split("no config file found", -1)).hasSize(2);
    assertThat(json.err()).doesNotContain("release-sentinel: note:").contains("config.note");
  }

  @Test
  void aCrashingCheckIsAnErrorAndTheTraceShowsOnlyWithDebug() {
    FakeCheck boom =
        FakeCheck.of("git.clean-tree", Status.PASS).throwing(new IllegalStateException("kaput"));
    FakeCheck fine = FakeCheck.of("git.branch", Status.PASS);
    CliRun plain = CliRun.run(family(boom, fine), Map.of(), args());
    assertThat(plain.exitCode()).isEqualTo(1);
    assertThat(plain.out())
        .containsPattern(
            "ERROR +git\\.clean\\-tree\\ \\ could\\ not\\ run:\\ IllegalStateException:\\ kaput");
    assertThat(plain.err()).doesNotContain("\tat ");
    CliRun debug = CliRun.run(family(boom), Map.of(), args("--debug"));
    assertThat(debug.err()).contains("java.lang.IllegalStateException: kaput").contains("\tat ");
  }

  @Test
  void theTimeoutFlagWinsOverTheConfigAndCutsSlowChecks() throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), "timeout: 1h\ngit: {}\n");
    CliRun r =
        CliRun.run(
            family(
                FakeCheck.of("git.clean-tree", Status.PASS).delay(Duration.ofSeconds(30)),
                FakeCheck.of("git.branch", Status.PASS)),
            Map.of(),
            args("--timeout", "300ms"));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("still running at the run's deadline (300ms)");
  }

  @Test
  void noProgressOutputWhenStderrIsNotATerminal() {
    CliRun r =
        CliRun.run(
            family(FakeCheck.of("git.clean-tree", Status.PASS).delay(Duration.ofMillis(500))),
            Map.of(),
            args());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void progressOnATerminalShowsRunningChecksAndIsClearedAtTheEnd() {
    CliRun r =
        CliRun.run(
            family(FakeCheck.of("api:slow", Status.PASS).delay(Duration.ofMillis(700))),
            Map.of(),
            new Terminal(false, true, true),
            args());
    assertThat(r.err()).contains("running: api:slow").endsWith("\r\u001b[2K");
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void onGitHubActionsTextFromOutsideCannotForgeAWorkflowCommand() {
    FakeCheck forged =
        FakeCheck.of("api:echo", Status.FAIL)
            .message("upstream said\n::error::forged\nx ##[error]legacy");
    CliRun r =
        CliRun.run(
            family(forged),
            Map.of("GITHUB_ACTIONS", "true"),
            args("--format", "markdown", "--debug"));
    for (String stream : List.of(r.out(), r.err())) {
      assertThat(stream.lines()).noneMatch(l -> l.stripLeading().startsWith("::"));
      assertThat(stream).doesNotContain("##[");
    }
    CliRun local = CliRun.run(family(forged), Map.of(), args("--format", "json"));
    assertThat(local.out()).contains("::error::forged");
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() {
    List<Family> f = family(FakeCheck.of("git.clean-tree", Status.PASS));
    assertThat(CliRun.run(f, Map.of(), new Terminal(true, false, true), args()).out())
        .contains("\u001b[32mPASS");
    assertThat(CliRun.run(f, Map.of(), new Terminal(true, false, true), args("--no-color")).out())
        .doesNotContain("\u001b[");
    assertThat(CliRun.run(f, Map.of(), new Terminal(true, false, false), args()).out())
        .doesNotContain("\u001b[");
  }

  @Test
  void sarifAndCodeQualityPointAtTheConfigLineRelativeToTheRepository() throws Exception {
    Path reports = Files.createDirectories(repo.resolve("reports"));
    CliRun r =
        CliRun.run(
            family(FakeCheck.of("git.branch", Status.FAIL).message("on topic, not main")),
            Map.of(),
            args(
                "--format",
                "sarif",
                "--report",
                "codequality=" + reports.resolve("gl-code-quality.json")));
    assertThat(r.exitCode()).isEqualTo(1);
    var sarif = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    var location = sarif.at("/runs/0/results/0/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo(".release-sentinel.yml");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(1);
    var issues =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(reports.resolve("gl-code-quality.json").toFile());
    assertThat(issues.at("/0/check_name").asText()).isEqualTo("git.branch");
    assertThat(issues.at("/0/location/path").asText()).isEqualTo(".release-sentinel.yml");
    assertThat(issues.at("/0/severity").asText()).isEqualTo("critical");
  }

  @Test
  void withJsonLogsAFatalErrorIsAJsonEventToo() throws Exception {
    java.nio.file.Files.writeString(repo.resolve("bad.yml"), "git:\n  brnaches: [main]\n");
    CliRun r =
        CliRun.run(
            family(FakeCheck.of("git.clean-tree", Status.PASS)),
            Map.of(),
            args("-c", repo.resolve("bad.yml").toString(), "--log-format", "json"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().toList())
        .isNotEmpty()
        .allSatisfy(
            line -> {
              com.fasterxml.jackson.databind.JsonNode event =
                  new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
              assertThat(event.path("level").asText()).isIn("error", "info");
            });
    assertThat(r.err()).contains("unknown key 'brnaches'");
  }
}
