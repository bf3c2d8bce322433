package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.FakeGitHub;
import dev.releasesentinel.testing.RunnerProtocol;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionReporterTest {

  @TempDir Path ws;
  private final StringWriter stdout = new StringWriter();
  private final RunnerLog log = new RunnerLog(new PrintWriter(stdout));
  private final FakeGitHub github = new FakeGitHub();
  private final AtomicInteger opened = new AtomicInteger();
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void runnerEnvironment() throws Exception {
    Path event = ws.resolve("event.json");
    Files.writeString(
        event,
        "{\"number\":7,\"pull_request\":{\"number\":7,\"head\":{\"sha\":\"abc1234def\","
            + "\"repo\":{\"full_name\":\"octo/app\"}},\"base\":{\"repo\":{\"full_name\":\"octo/app\"}}}}");
    env.put("GITHUB_WORKSPACE", ws.toString());
    env.put("GITHUB_EVENT_NAME", "pull_request");
    env.put("GITHUB_EVENT_PATH", event.toString());
    env.put("GITHUB_REPOSITORY", "octo/app");
    env.put("GITHUB_SHA", "mergesha");
    env.put("GITHUB_OUTPUT", Files.createFile(ws.resolve("out")).toString());
    env.put("INPUT_GITHUB-TOKEN", "ghs_token_value");
    env.put("INPUT_CHECK-RUN", "true");
  }

  private int publish(RunReport report) throws Exception {
    ActionInputs inputs = ActionInputs.read(Environment.of(env));
    ActionContext context = ActionContext.read(Environment.of(env));
    GitHubGateway.Factory factory =
        (c, repo, token) -> {
          opened.incrementAndGet();
          return github;
        };
    return new ActionReporter(log, inputs, context, factory).publish(report);
  }

  static RunReport blocked(String message) {
    return AnnotationsTest.report(
        List.of(AnnotationsTest.r("git.tag-absent", Status.FAIL, Severity.BLOCK, message)));
  }

  @Test
  void oneGatewayServesTheCommentAndTheCheckRun() throws Exception {
    int exit = publish(blocked("tag exists"));
    assertThat(exit).isEqualTo(1);
    assertThat(opened).hasValue(1);
    assertThat(github.calls).containsExactly("list 7", "create 7", "createCheckRun");
    assertThat(github.created.get(0).headSha()).isEqualTo("abc1234def");
  }

  @Test
  void whatReachesTheGatewayIsRedactedWhoeverBuiltIt() throws Exception {
    log.mask(List.of("hunter2-hunter2"));
    // The run id reaches the comment's footer from the context, after the report was redacted:
    // only the redacting gateway stands between it and GitHub.
    env.put("GITHUB_RUN_ID", "hunter2-hunter2");
    publish(blocked("password hunter2-hunter2 rejected"));
    assertThat(github.comments.get(0).body())
        .contains("password \\*\\*\\* rejected")
        .contains("runs/***")
        .doesNotContain("hunter2-hunter2");
    assertThat(github.created.get(0).output().summary()).doesNotContain("hunter2-hunter2");
  }

  @Test
  void withoutATokenTheApiPartsAreWarningsAndTheVerdictStands() throws Exception {
    env.put("INPUT_GITHUB-TOKEN", "");
    int exit = publish(blocked("tag exists"));
    assertThat(exit).isEqualTo(1);
    assertThat(opened).hasValue(0);
    assertThat(RunnerProtocol.commands(stdout.toString()))
        .filteredOn(c -> c.name().equals("warning"))
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.data()).contains("github-token input is empty"));
  }

  @Test
  void anUnwritableOutputFileFailsTheStep() throws Exception {
    env.put("GITHUB_OUTPUT", Files.createDirectory(ws.resolve("not-a-file")).toString());
    env.put("INPUT_FAIL-ON", "never");
    int exit = publish(blocked("tag exists"));
    assertThat(exit).isEqualTo(2);
    assertThat(RunnerProtocol.commands(stdout.toString()))
        .anySatisfy(
            c -> {
              assertThat(c.data()).contains("cannot write the step outputs");
              assertThat(c.property("title")).contains("release-sentinel");
            });
  }

  @Test
  void aCheckWithDetailsGetsThemInTheCheckRunText() throws Exception {
    CheckResult r =
        AnnotationsTest.r("api:pay", Status.FAIL, Severity.BLOCK, "503")
            .withDetail("url", "https://pay/health");
    publish(AnnotationsTest.report(List.of(r)));
    assertThat(github.created.get(0).output().text())
        .hasValueSatisfying(
            t -> assertThat(t).contains("api:pay FAIL").contains("- `https://pay/health`"));
  }
}
