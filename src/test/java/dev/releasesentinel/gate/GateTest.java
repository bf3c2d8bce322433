package dev.releasesentinel.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Fact;
import dev.releasesentinel.engine.ProgressEvent;
import dev.releasesentinel.engine.ProgressListener;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Selection;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.testing.FakeCheck;
import dev.releasesentinel.testing.FakeFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application layer: plan, then run, for any front end. */
class GateTest {

  @TempDir Path repo;

  private Request request() {
    return new Request(
        repo,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Selection.parse(List.of(), List.of()),
        Optional.empty(),
        false,
        false);
  }

  private Gate gate(Map<String, String> env, List<String> announced, Check... checks) {
    return new Gate(
        Environment.of(env),
        Clock.systemUTC(),
        "0.1.0",
        Families.all(),
        List.of(FakeFamily.of(checks)),
        Redactor.of(),
        announced::addAll);
  }

  @Test
  void thePlanRegistersEverySecretBeforeTheRunAndTheReportComesBackRedacted() throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), "env:\n  secrets: [DB_PASSWORD]\n");
    List<String> announced = new ArrayList<>();
    Gate gate =
        gate(
            Map.of("DB_PASSWORD", "hunter2-hunter2"),
            announced,
            FakeCheck.of("env.secret:DB_PASSWORD", Status.FAIL)
                .message("upstream said hunter2-hunter2"));
    Plan plan = gate.plan(request());
    assertThat(announced).contains("hunter2-hunter2");
    RunReport report = gate.run(plan, ProgressListener.NONE);
    assertThat(report.results().get(0).message())
        .isEqualTo("upstream said ***")
        .doesNotContain("hunter2");
  }

  @Test
  void aCrashMessageIsMaskedAsItEntersTheResultNotOnlyInTheReport() throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), "env:\n  secrets: [DB_PASSWORD]\n");
    Gate gate =
        gate(
            Map.of("DB_PASSWORD", "hunter2-hunter2"),
            new ArrayList<>(),
            FakeCheck.of("env.secret:DB_PASSWORD", Status.PASS)
                .throwing(new IllegalStateException("connect with hunter2-hunter2 refused")));
    List<String> heard = new ArrayList<>();
    ProgressListener listener =
        e -> {
          if (e instanceof ProgressEvent.CheckFinished f) {
            heard.add(f.result().message());
          }
        };
    RunReport report = gate.run(gate.plan(request()), listener);
    // The listener hears the result before the report is masked: only the runner's own masking
    // (the run's redactor, at the door) keeps the secret out of what it prints as the run goes.
    assertThat(heard)
        .containsExactly("could not run: IllegalStateException: connect with *** refused");
    assertThat(report.results().get(0).message()).isEqualTo(heard.get(0));
  }

  @Test
  void eachResultSaysWhereTheConfigDeclaredItsCheckAndWhatItVerifies() throws Exception {
    Files.writeString(
        repo.resolve(".release-sentinel.yml"), "# gate\ngit:\n  tag-absent: { severity: warn }\n");
    Gate gate = gate(Map.of(), new ArrayList<>(), FakeCheck.of("git.tag-absent", Status.PASS));
    RunReport report = gate.run(gate.plan(request()), ProgressListener.NONE);
    CheckResult r = report.results().get(0);
    assertThat(r.source())
        .hasValueSatisfying(
            s -> {
              assertThat(s.file()).endsWith(".release-sentinel.yml");
              assertThat(s.line()).isEqualTo(3);
            });
    assertThat(r.description())
        .isEqualTo(FakeCheck.of("git.tag-absent", Status.PASS).description());
  }

  @Test
  void theBuiltInDefaultsHaveNoSourceAndSaySoInANote() throws Exception {
    Gate gate = gate(Map.of(), new ArrayList<>(), FakeCheck.of("git.clean-tree", Status.PASS));
    Plan plan = gate.plan(request());
    assertThat(plan.notes()).singleElement().asString().contains("built-in defaults");
    assertThat(gate.run(plan, ProgressListener.NONE).results().get(0).source()).isEmpty();
  }

  @Test
  void factsAreTypedAndTheCiHostIsNamed() throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), "git: {}\n");
    Check publishing =
        new Check() {
          @Override
          public CheckId id() {
            return CheckId.of("git.branch");
          }

          @Override
          public Severity severity() {
            return Severity.BLOCK;
          }

          @Override
          public CheckResult run(CheckContext context) {
            context.fact(Fact.COMMIT, "3f2c1a9");
            context.fact(Fact.BRANCH, "main");
            context.fact(Fact.VERSION, "v1.2.3");
            return CheckResult.pass(this, "on main");
          }
        };
    Gate gate = gate(Map.of("GITLAB_CI", "true"), new ArrayList<>(), publishing);
    RunReport report = gate.run(gate.plan(request()), ProgressListener.NONE);
    assertThat(report.repository().commit()).contains("3f2c1a9");
    assertThat(report.repository().branch()).contains("main");
    assertThat(report.version()).contains("v1.2.3");
    assertThat(report.ciHost()).contains("GitLab CI");
  }

  @Test
  void aConfigThatEnablesNoCheckIsAUsageError() throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), "timeout: 5s\n");
    Gate gate = gate(Map.of(), new ArrayList<>());
    assertThatThrownBy(() -> gate.plan(request()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("enables no check");
  }

  @org.junit.jupiter.api.Test
  void theReportShowsTheRepositoryAsGivenOrRelativeToTheWorkspace() {
    dev.releasesentinel.engine.Environment action =
        dev.releasesentinel.engine.Environment.of(
            java.util.Map.of("GITHUB_WORKSPACE", "/github/workspace"));
    dev.releasesentinel.engine.Environment cli =
        dev.releasesentinel.engine.Environment.of(java.util.Map.of());
    assertThat(Gate.shown(java.nio.file.Path.of("/github/workspace"), action)).isEqualTo(".");
    assertThat(Gate.shown(java.nio.file.Path.of("/github/workspace/svc/api"), action))
        .isEqualTo("svc/api");
    assertThat(Gate.shown(java.nio.file.Path.of("/elsewhere/repo"), action))
        .isEqualTo("/elsewhere/repo");
    assertThat(Gate.shown(java.nio.file.Path.of("."), cli)).isEqualTo(".");
    assertThat(Gate.shown(java.nio.file.Path.of("../app"), cli)).isEqualTo("../app");
  }
}
