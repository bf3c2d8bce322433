package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.FakeCheck;
import dev.releasesentinel.testing.FakeFamily;
import dev.releasesentinel.testing.RunnerProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The action as the runner starts it: log, annotations, outputs, summary, exit codes. */
class ActionCommandTest {

  static final String CONFIG =
      """
      git:
        tag-absent: true
      env:
        required: [DATABASE_URL]
        secrets: [DB_PASSWORD]
      api:
        endpoints:
          - name: payments
            url: https://payments.internal/health
            severity: critical
      """;

  static final String SECRET = "s3cr3t/Pa55+word=value";

  @TempDir Path tmp;
  ActionHarness gh;

  @BeforeEach
  void setUp() {
    gh = new ActionHarness(tmp).config(CONFIG).env("DB_PASSWORD", SECRET);
  }

  static List<Family> family(Check... checks) {
    return List.of(FakeFamily.of(checks));
  }

  static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in config");
  }

  static List<Family> blocked() {
    return family(
        FakeCheck.of("git.tag-absent", Status.FAIL).message("tag v1.4.2 already exists"),
        FakeCheck.of("env.required:DATABASE_URL", Status.PASS),
        FakeCheck.of("api:payments", Status.PASS).severity(Severity.CRITICAL));
  }

  @Test
  void masksComeBeforeAnyOtherLine() {
    ActionHarness.Run r = gh.run(blocked());
    List<String> lines = r.lines();
    int firstOther = 0;
    while (firstOther < lines.size() && lines.get(firstOther).startsWith("::add-mask::")) {
      firstOther++;
    }
    assertThat(firstOther).isGreaterThanOrEqualTo(2);
    assertThat(lines.subList(firstOther, lines.size())).noneMatch(l -> l.contains("add-mask"));
    assertThat(r.commands("add-mask"))
        .extracting(RunnerProtocol.Command::data)
        .contains(ActionHarness.TOKEN, SECRET);
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void annotationsPointAtTheConfigLineAndDecodeAsTheRunnerReadsThem() {
    ActionHarness.Run r = gh.run(blocked());
    List<RunnerProtocol.Command> errors = r.commands("error");
    assertThat(errors).hasSize(1);
    RunnerProtocol.Command e = errors.get(0);
    assertThat(e.property("title")).contains("git.tag-absent");
    assertThat(e.property("file")).contains(".release-sentinel.yml");
    assertThat(e.property("line")).contains(Integer.toString(lineOf(CONFIG, "tag-absent")));
    assertThat(e.property("col")).isPresent();
    assertThat(e.data()).isEqualTo("tag v1.4.2 already exists (FAIL, severity block)");
  }

  @Test
  void theMostSevereComeFirstAndTheTenthCountsTheRest() {
    StringBuilder cfg = new StringBuilder("env:\n  required:\n");
    List<Check> checks = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      cfg.append("    - V").append(i).append('\n');
      checks.add(FakeCheck.of("env.required:V" + i, Status.FAIL).message("V" + i + " is not set"));
    }
    for (int i = 1; i <= 3; i++) {
      cfg.append("    - W").append(i).append('\n');
      checks.add(FakeCheck.of("env.required:W" + i, Status.WARN).message("W" + i + " looks odd"));
    }
    cfg.append("api:\n  endpoints:\n    - { name: ledger, url: https://l, severity: critical }\n");
    checks.add(
        FakeCheck.of("api:ledger", Status.ERROR).severity(Severity.CRITICAL).message("timeout"));
    gh.config(cfg.toString());

    ActionHarness.Run r = gh.run(family(checks.toArray(new Check[0])));

    List<RunnerProtocol.Command> visible = r.visibleAnnotations();
    List<RunnerProtocol.Command> errors =
        visible.stream().filter(c -> c.name().equals("error")).toList();
    List<RunnerProtocol.Command> warnings =
        visible.stream().filter(c -> c.name().equals("warning")).toList();
    assertThat(errors).hasSize(10);
    assertThat(errors.get(0).property("title")).contains("api:ledger");
    assertThat(errors.get(1).property("title")).contains("env.required:V1");
    assertThat(errors.get(9).property("title")).contains("env.required:V9");
    assertThat(errors.get(9).data())
        .contains("... and 3 more errors")
        .contains("env.required:V10, env.required:V11, env.required:V12");
    assertThat(errors.get(1).property("line"))
        .contains(Integer.toString(lineOf(cfg.toString(), "- V1")));
    assertThat(warnings)
        .extracting(w -> w.property("title").orElseThrow())
        .containsExactly("env.required:W1", "env.required:W2", "env.required:W3");
    assertThat(r.commands("error")).hasSize(10);
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void outputsParseByTheRunnersRulesAndTheReportIsInTheWorkspace() throws Exception {
    ActionHarness.Run r = gh.run(blocked());
    assertThat(r.outputs())
        .containsEntry("verdict", "BLOCKED")
        .containsEntry("exit-code", "1")
        .containsEntry("blockers", "1")
        .containsEntry("report", ".release-sentinel/report.json");
    JsonNode report = new ObjectMapper().readTree(r.reportFile());
    assertThat(report.path("verdict").asText()).isEqualTo("BLOCKED");
    assertThat(Files.readString(tmp.resolve("github/workspace/.release-sentinel/.gitignore")))
        .contains("*");
    assertThat(r.outputFile()).doesNotContain("\r");
  }

  @Test
  void eachEnvironmentHasItsOwnReportFile() {
    gh.config(CONFIG + "environments:\n  prod: {}\n").input("environment", "prod");
    ActionHarness.Run r = gh.run(blocked());
    assertThat(r.outputs()).containsEntry("report", ".release-sentinel/report-prod.json");
    assertThat(r.reportFile()).contains("\"environment\": \"prod\"");
  }

  @Test
  void theSummaryIsTheMarkdownReport() {
    ActionHarness.Run r = gh.run(blocked());
    assertThat(r.summary())
        .startsWith("### ⛔ BLOCKED — fix 1 blocker before deploying")
        .contains("`git.tag-absent`");
  }

  @Test
  void noSummaryWhenTurnedOff() {
    ActionHarness.Run r = gh.input("job-summary", "false").run(blocked());
    assertThat(r.summary()).isEmpty();
  }

  @Test
  void noAnnotationsWhenTurnedOff() {
    ActionHarness.Run r = gh.input("annotations", "FALSE").run(blocked());
    assertThat(r.commands("error")).isEmpty();
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} with fail-on {1} exits {2}")
  @CsvSource({
    "SAFE,blocked,0",
    "BLOCKED,blocked,1",
    "CRITICAL,blocked,2",
    "SAFE,critical,0",
    "BLOCKED,critical,0",
    "CRITICAL,critical,2",
    "BLOCKED,never,0",
    "CRITICAL,never,0"
  })
  void theStepsExitCodeFollowsFailOn(String verdict, String failOn, int exit) {
    Status tag = verdict.equals("BLOCKED") ? Status.FAIL : Status.PASS;
    Status api = verdict.equals("CRITICAL") ? Status.FAIL : Status.PASS;
    ActionHarness.Run r =
        gh.input("fail-on", failOn)
            .run(
                family(
                    FakeCheck.of("git.tag-absent", tag),
                    FakeCheck.of("api:payments", api).severity(Severity.CRITICAL)));
    assertThat(r.exitCode()).isEqualTo(exit);
    assertThat(r.outputs()).containsEntry("verdict", verdict);
    assertThat(r.outputs().get("exit-code"))
        .isEqualTo(
            Integer.toString(
                switch (verdict) {
                  case "SAFE" -> 0;
                  case "BLOCKED" -> 1;
                  default -> 2;
                }));
  }

  @Test
  void aBadBooleanIsExitTwoNamingTheInput() {
    ActionHarness.Run r = gh.input("check-run", "yes").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.commands("error"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.data()).contains("input 'check-run' is 'yes'");
              assertThat(c.property("title")).contains("release-sentinel");
            });
    assertThat(r.outputs())
        .containsEntry("verdict", "CRITICAL")
        .containsEntry("exit-code", "2")
        .containsEntry("blockers", "0")
        .containsEntry("report", "");
    assertThat(r.summary())
        .contains("CRITICAL")
        .contains("could not run")
        .contains("input 'check-run' is 'yes'");
  }

  @Test
  void aConfigErrorStillWritesTheOutputsAndTheSummary() {
    gh.config("git:\n  tag-absnt: true\n");
    ActionHarness.Run r = gh.run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.outputs())
        .containsEntry("verdict", "CRITICAL")
        .containsEntry("exit-code", "2")
        .containsEntry("blockers", "0");
    assertThat(r.summary()).contains("could not run").contains("tag-absnt");
  }

  @Test
  void aUsageErrorStillWritesTheOutputsAndTheSummary() {
    ActionHarness.Run r = gh.input("only", "gti").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.outputs()).containsEntry("verdict", "CRITICAL").containsEntry("exit-code", "2");
    assertThat(r.summary()).contains("could not run").contains("'gti'");
    assertThat(r.commands("error").get(0).property("title")).contains("release-sentinel");
  }

  @Test
  void theCannotRunSummaryIsRedactedAndHonoursJobSummaryFalse() {
    ActionHarness.Run r = gh.input("fail-on", ActionHarness.TOKEN).run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.summary()).contains("input 'fail-on'").doesNotContain(ActionHarness.TOKEN);
    assertThat(r.stdout().replace("::add-mask::" + ActionHarness.TOKEN, ""))
        .doesNotContain(ActionHarness.TOKEN);

    ActionHarness.Run quiet = gh.input("job-summary", "false").input("only", "gti").run(blocked());
    assertThat(quiet.exitCode()).isEqualTo(2);
    assertThat(quiet.summary()).isEmpty();
    assertThat(quiet.outputs()).containsEntry("verdict", "CRITICAL");
  }

  @Test
  void aBadFailOnIsExitTwoEvenThoughFailOnNeverWouldForgiveAnything() {
    ActionHarness.Run r = gh.input("fail-on", "sometimes").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.commands("error").get(0).data()).contains("'fail-on'");
  }

  @Test
  void aConfigErrorIsExitTwoWithAnErrorOnItsLine() {
    gh.config("git:\n  tag-absnt: true\n");
    ActionHarness.Run r = gh.input("fail-on", "never").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    RunnerProtocol.Command e = r.commands("error").get(0);
    assertThat(e.property("file")).contains(".release-sentinel.yml");
    assertThat(e.property("line")).contains("2");
    assertThat(e.data()).contains("tag-absnt").contains("tag-absent");
  }

  @Test
  void anUnknownEnvironmentIsExitTwo() {
    ActionHarness.Run r = gh.input("environment", "prdo").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.commands("error").get(0).data()).contains("unknown environment 'prdo'");
  }

  @Test
  void aMissingWorkingDirectoryIsExitTwo() {
    ActionHarness.Run r = gh.input("working-directory", "nope").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.commands("error").get(0).data()).contains("'working-directory'");
  }

  @Test
  void anOnlyMatchingNothingIsExitTwoNamingTheInput() {
    ActionHarness.Run r = gh.input("only", "gti").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.commands("error").get(0).data()).contains("input 'only' 'gti'");
  }

  @Test
  void onlyAndSkipFromABlockScalarSelectChecks() {
    ActionHarness.Run r = gh.input("skip", "git.tag-absent\napi\n").run(blocked());
    assertThat(r.exitCode()).isZero();
    assertThat(r.reportFile())
        .doesNotContain("\"status\": \"SKIP\"")
        .contains(
            "\"notSelected\": {\n    \"count\": 2,\n    \"by\": \"--skip git.tag-absent,api\"");
  }

  @Test
  void textFromOutsideCannotForgeCommands() {
    ActionHarness.Run r =
        gh.event("push", "push.json")
            .run(
                family(
                    FakeCheck.of("git.tag-absent", Status.WARN)
                        .message("upstream said\n::error::forged\r::add-mask::x ##[error]legacy")));
    // The only commands are the gate's own: its masks and one warning for the check.
    assertThat(r.commands())
        .extracting(RunnerProtocol.Command::name)
        .containsOnly("add-mask", "warning");
    assertThat(r.commands("warning"))
        .singleElement()
        .satisfies(w -> assertThat(w.property("title")).contains("git.tag-absent"));
    assertThat(r.commands("add-mask"))
        .extracting(RunnerProtocol.Command::data)
        .containsExactlyInAnyOrder(ActionHarness.TOKEN, SECRET);
    assertThat(r.stdout()).doesNotContain("##[");
  }

  @Test
  void theDefaultConfigNameFallsBackToTheUsualSearch() throws Exception {
    Files.delete(tmp.resolve("github/workspace/.release-sentinel.yml"));
    gh.file(".github/release-sentinel.yml", "git:\n  tag-absent: true\n");
    ActionHarness.Run r = gh.run(family(FakeCheck.of("git.tag-absent", Status.FAIL)));
    assertThat(r.commands("error").get(0).property("file"))
        .contains(".github/release-sentinel.yml");
  }

  @Test
  void anExplicitConfigThatDoesNotExistIsExitTwo() {
    ActionHarness.Run r = gh.input("config", "deploy/gate.yml").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.commands("error").get(0).data()).contains("config file not found");
  }

  @Test
  void anExplicitConfigWithADefaultSearchNameIsNotReplacedByTheSearch() {
    // .release-sentinel.yml exists, but the workflow named another file that does not.
    ActionHarness.Run r = gh.input("config", ".github/release-sentinel.yml").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.commands("error").get(0).data())
        .contains("input 'config'")
        .contains(".github/release-sentinel.yml")
        .contains("does not exist");
    assertThat(r.outputs()).containsEntry("verdict", "CRITICAL");
  }

  @Test
  void aWorkingDirectoryOutsideTheWorkspaceIsExitTwo() throws Exception {
    Files.createDirectories(tmp.resolve("github/other"));
    ActionHarness.Run r = gh.input("working-directory", "../other").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.commands("error").get(0).data())
        .contains("'working-directory'")
        .contains("outside the workspace");
  }

  @Test
  void aWorkingDirectoryLinkedOutsideTheWorkspaceIsExitTwo() throws Exception {
    Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.createSymbolicLink(tmp.resolve("github/workspace/link"), outside);
    ActionHarness.Run r = gh.input("working-directory", "link").run(blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.commands("error").get(0).data())
        .contains("'working-directory'")
        .contains("outside the workspace");
  }

  @Test
  void withAWorkingDirectoryTheDefaultConfigIsLookedForThereFirst() {
    gh.file(
        "services/api/.release-sentinel.yml", "# the service's own\ngit:\n  tag-absent: true\n");
    ActionHarness.Run r =
        gh.input("working-directory", "services/api")
            .run(family(FakeCheck.of("git.tag-absent", Status.FAIL)));
    assertThat(r.commands("error").get(0).property("file"))
        .contains("services/api/.release-sentinel.yml");
    assertThat(r.commands("error").get(0).property("line")).contains("3");

    gh.file("services/web/README", "x");
    ActionHarness.Run web =
        gh.input("working-directory", "services/web")
            .run(family(FakeCheck.of("git.tag-absent", Status.FAIL)));
    assertThat(web.commands("error").get(0).property("file")).contains(".release-sentinel.yml");
  }

  @Test
  void pathsAreRelativeToTheWorkspace() {
    gh.file("services/api/gate.yml", "git:\n  tag-absent: true\n");
    gh.file("services/api/README", "x");
    AtomicReference<RunContext> seen = new AtomicReference<>();
    ActionHarness.Run r =
        gh.input("config", "services/api/gate.yml")
            .input("working-directory", "services/api")
            .run(List.of(capturing(seen, FakeCheck.of("git.tag-absent", Status.FAIL))));
    assertThat(seen.get().repository())
        .isEqualTo(tmp.resolve("github/workspace/services/api").toAbsolutePath());
    assertThat(r.commands("error").get(0).property("file")).contains("services/api/gate.yml");
  }

  @Test
  void onAPullRequestTheReportsCommitIsThePullRequestHead() throws Exception {
    String head = "abcdef0123456789abcdef0123456789abcdef01";
    ActionHarness.Run r = gh.event("pull_request", "pull_request.json").run(blocked());
    JsonNode json = new ObjectMapper().readTree(r.reportFile());
    assertThat(json.path("repository").path("commit").asText()).isEqualTo(head);
    assertThat(r.summary()).contains("Commit [`abcdef0`]").doesNotContain("5555555");

    ActionHarness.Run push = gh.event("push", "push.json").run(blocked());
    JsonNode pushCommit =
        new ObjectMapper().readTree(push.reportFile()).path("repository").path("commit");
    assertThat(pushCommit.isTextual()).isFalse();
  }

  @Test
  void theVersionInputIsTheExplicitVersion() {
    AtomicReference<RunContext> seen = new AtomicReference<>();
    gh.input("version", "v1.4.2")
        .run(List.of(capturing(seen, FakeCheck.of("git.tag-absent", Status.PASS))));
    assertThat(seen.get().version()).contains("v1.4.2");
  }

  @Test
  void withoutAVersionInputTheTagIsLeftToTheGitFamily() {
    AtomicReference<RunContext> seen = new AtomicReference<>();
    gh.event("push", "tag-push.json")
        .ref("refs/tags/v1.4.2")
        .run(List.of(capturing(seen, FakeCheck.of("git.tag-absent", Status.PASS))));
    assertThat(seen.get().version()).isEmpty();
    assertThat(seen.get().environment().get("GITHUB_REF")).contains("refs/tags/v1.4.2");
  }

  static Family capturing(AtomicReference<RunContext> seen, Check... checks) {
    FakeFamily fake = new FakeFamily("capturing", List.of(checks));
    return new Family() {
      @Override
      public dev.releasesentinel.config.Section<?> section() {
        return fake.section();
      }

      @Override
      public List<dev.releasesentinel.checks.CheckKind> kinds() {
        return fake.kinds();
      }

      @Override
      public List<dev.releasesentinel.checks.Planned> plan(Config config, RunContext context) {
        seen.set(context);
        return fake.plan(config, context);
      }
    };
  }
}
