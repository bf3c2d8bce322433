package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Source;
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
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each publisher of the Action alone, on a real workspace and runner files. */
class PublishersTest {

  @TempDir Path ws;
  private final StringWriter stdout = new StringWriter();
  private final RunnerLog log = new RunnerLog(new PrintWriter(stdout));
  private final FakeGitHub github = new FakeGitHub();
  private final Map<String, String> env = new HashMap<>();

  @BeforeEach
  void runner() throws Exception {
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
    env.put("GITHUB_STEP_SUMMARY", Files.createFile(ws.resolve("summary")).toString());
    env.put("INPUT_GITHUB-TOKEN", "ghs_token_value");
  }

  private Publication publication(RunReport report) throws Exception {
    return new Publication(
        log,
        ActionInputs.read(Environment.of(env)),
        ActionContext.read(Environment.of(env)),
        (c, repo, token) -> github,
        report);
  }

  private Publication publish(Publisher publisher, RunReport report) throws Exception {
    Publication p = publication(report);
    publisher.publish(report, p);
    return p;
  }

  static RunReport blocked() {
    CheckResult r =
        AnnotationsTest.r("git.tag-absent", Status.FAIL, Severity.BLOCK, "tag v1 exists")
            .withCheck("", Optional.of(new Source("PLACEHOLDER", 4, 3)));
    return AnnotationsTest.report(List.of(r));
  }

  private RunReport blockedInWorkspace() {
    CheckResult r =
        AnnotationsTest.r("git.tag-absent", Status.FAIL, Severity.BLOCK, "tag v1 exists")
            .withCheck(
                "", Optional.of(new Source(ws.resolve(".release-sentinel.yml").toString(), 4, 3)));
    return AnnotationsTest.report(List.of(r));
  }

  @Test
  void logWritesTheTextReport() throws Exception {
    publish(new LogPublisher(), blocked());
    assertThat(stdout.toString()).contains("FAIL").contains("git.tag-absent").contains("BLOCKED");
  }

  @Test
  void reportFileWritesTheJsonReportInAnIgnoredDirectory() throws Exception {
    Publication p = publish(new ReportFilePublisher(), blocked());
    assertThat(p.reportPath()).contains(".release-sentinel/report.json");
    assertThat(Files.readString(ws.resolve(".release-sentinel/report.json")))
        .contains("\"verdict\": \"BLOCKED\"");
    assertThat(ws.resolve(".release-sentinel/.gitignore")).exists();
    assertThat(p.failed()).isFalse();
  }

  @Test
  void aReportFileThatCannotBeWrittenFailsTheStep() throws Exception {
    Files.writeString(ws.resolve(".release-sentinel"), "a file in the way");
    Publication p = publish(new ReportFilePublisher(), blocked());
    assertThat(p.failed()).isTrue();
    assertThat(p.reportPath()).isEmpty();
    assertThat(RunnerProtocol.commands(stdout.toString()))
        .anySatisfy(c -> assertThat(c.data()).contains("cannot write the JSON report"));
  }

  @Test
  void outputsNameTheVerdictTheReportAndTheBlockers() throws Exception {
    Publication p = publication(blocked());
    p.reportWritten(".release-sentinel/report.json");
    new OutputsPublisher().publish(blocked(), p);
    assertThat(Files.readString(ws.resolve("out")))
        .contains("verdict=BLOCKED")
        .contains("exit-code=1")
        .contains("report=.release-sentinel/report.json")
        .contains("blockers=1");
    assertThat(p.failed()).isFalse();
  }

  @Test
  void outputsThatCannotBeWrittenFailTheStep() throws Exception {
    env.put("GITHUB_OUTPUT", Files.createDirectory(ws.resolve("outdir")).toString());
    assertThat(publish(new OutputsPublisher(), blocked()).failed()).isTrue();
  }

  @Test
  void theSummaryIsTheMarkdownReport() throws Exception {
    Publication p = publication(blocked());
    p.reportWritten(".release-sentinel/report.json");
    new SummaryPublisher().publish(blocked(), p);
    assertThat(Files.readString(ws.resolve("summary"))).isEqualTo(p.markdown());
    assertThat(p.markdown()).startsWith("### ⛔ BLOCKED");
  }

  @Test
  void noSummaryWhenTheInputSaysSo() throws Exception {
    env.put("INPUT_JOB-SUMMARY", "false");
    publish(new SummaryPublisher(), blocked());
    assertThat(Files.readString(ws.resolve("summary"))).isEmpty();
  }

  @Test
  void theCommentGoesOnThePullRequestOfTheEvent() throws Exception {
    publish(new CommentPublisher(), blocked());
    assertThat(github.calls).containsExactly("list 7", "create 7");
    assertThat(github.comments.get(0).body()).contains("BLOCKED").contains("<!-- release-sentinel");
  }

  @Test
  void noCommentOnAPushWithAutoAndANoteWhenTheEventNamesNoPullRequest() throws Exception {
    env.put("GITHUB_EVENT_NAME", "push");
    publish(new CommentPublisher(), blocked());
    assertThat(github.calls).isEmpty();
    env.put("INPUT_PR-COMMENT", "always");
    env.remove("GITHUB_EVENT_PATH");
    publish(new CommentPublisher(), blocked());
    assertThat(github.calls).isEmpty();
    assertThat(stdout.toString()).contains("names no pull request, so there is no PR comment");
  }

  @Test
  void theCheckRunIsOnThePullRequestHeadWhenAsked() throws Exception {
    publish(new CheckRunPublisher(), blocked());
    assertThat(github.calls).isEmpty();
    env.put("INPUT_CHECK-RUN", "true");
    publish(new CheckRunPublisher(), blockedInWorkspace());
    assertThat(github.calls).containsExactly("createCheckRun");
    assertThat(github.created.get(0).headSha()).isEqualTo("abc1234def");
    assertThat(github.created.get(0).output().annotations())
        .singleElement()
        .satisfies(a -> assertThat(a.path()).isEqualTo(".release-sentinel.yml"));
  }

  @Test
  void annotationsPointAtTheConfigLineInTheWorkspace() throws Exception {
    publish(new AnnotationPublisher(), blockedInWorkspace());
    assertThat(RunnerProtocol.commands(stdout.toString()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("error");
              assertThat(c.property("file")).contains(".release-sentinel.yml");
              assertThat(c.property("line")).contains("4");
            });
  }

  @Test
  void noAnnotationsWhenTheInputSaysSo() throws Exception {
    env.put("INPUT_ANNOTATIONS", "false");
    publish(new AnnotationPublisher(), blockedInWorkspace());
    assertThat(RunnerProtocol.commands(stdout.toString())).isEmpty();
  }

  @Test
  void theGitHubActionsListPublishesInTheRunnersOrder() {
    assertThat(ActionReporter.GITHUB_ACTIONS)
        .extracting(p -> p.getClass().getSimpleName())
        .containsExactly(
            "LogPublisher",
            "ReportFilePublisher",
            "OutputsPublisher",
            "SummaryPublisher",
            "CommentPublisher",
            "CheckRunPublisher",
            "AnnotationPublisher");
  }
}
