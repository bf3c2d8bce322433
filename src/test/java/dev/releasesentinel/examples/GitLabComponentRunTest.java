package dev.releasesentinel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.checks.git.testing.JGitIsolation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The component's job run as a GitLab tag pipeline runs it (docs/gitlab.md): a native-git remote
 * (main at v1.0.0 and v1.1.0, then main moved on; a feature branch with its own tag), the runner's
 * checkout with GIT_DEPTH 0, GitLab's variables, the job's script under a POSIX shell, and what
 * GitLab makes of the exit code with the job's allow_failure for each fail-on. GitLabJobRunner does
 * the runner's part.
 */
@ExtendWith(JGitIsolation.class)
class GitLabComponentRunTest {

  @TempDir Path tmp;

  static final String CONFIG =
      "git:\n  branches: [main]\n  version: { prefix: v }\n"
          + "environments:\n  prod:\n    git: { branches: [main] }\n";

  @Test
  void aTagPipelineWithTheDefaultsGatesTheTagSafelyUnderDash() throws Exception {
    Remote remote = Remote.create(tmp);
    GitLabJobRunner.Run run =
        new GitLabJobRunner(tmp, remote)
            .tagPipeline("v1.1.0", remote.tagged, "/bin/dash", Map.of());
    // Only the reports: the version is CI_COMMIT_TAG, the rest is the config's.
    assertThat(run.args().stream().filter(a -> a.startsWith("--")))
        .containsExactly("--no-color", "--report", "--report", "--report");
    assertThat(run.exit()).as(run.output()).isZero();
    JsonNode report = run.json();
    assertThat(report.path("verdict").asText()).isEqualTo("SAFE");
    assertThat(report.path("version").asText()).isEqualTo("v1.1.0");
    // main moved on after the tag: only the branches GIT_DEPTH 0 fetches show HEAD is on main.
    assertThat(check(report, "git.branch").path("status").asText()).isEqualTo("PASS");
    assertThat(check(report, "git.tag-absent").path("status").asText()).isEqualTo("PASS");
    assertThat(run.status("blocked")).isEqualTo("success");
    assertReports(run);
  }

  @Test
  void aTagOnAFeatureBranchIsBlockedAndFailOnDecidesWhetherTheJobFailsUnderBash() throws Exception {
    Remote remote = Remote.create(tmp);
    GitLabJobRunner.Run run =
        new GitLabJobRunner(tmp, remote)
            .tagPipeline("v1.2.0", remote.featureTagged, "/bin/bash", Map.of());
    assertThat(run.exit()).as(run.output()).isEqualTo(1);
    assertThat(run.json().path("verdict").asText()).isEqualTo("BLOCKED");
    assertThat(check(run.json(), "git.branch").path("status").asText()).isEqualTo("FAIL");
    assertThat(run.status("blocked")).isEqualTo("failed");
    assertThat(run.status("critical")).isEqualTo("failed, allowed to fail");
    assertThat(run.status("never")).isEqualTo("failed, allowed to fail");
    assertReports(run);
  }

  @Test
  void aDeployOfTheTagWithEveryOptionalInputSetUnderDash() throws Exception {
    Remote remote = Remote.create(tmp);
    Map<String, JsonNode> given = new HashMap<>();
    given.put("environment", TextNode.valueOf("prod"));
    given.put("version", TextNode.valueOf("v1.1.0"));
    given.put("deploy", BooleanNode.TRUE);
    given.put("config", TextNode.valueOf("ci/gate config.yml"));
    given.put("only", TextNode.valueOf("git.branch,git.tag-exists"));
    given.put("skip", TextNode.valueOf("git.clean-tree"));
    given.put("strict", BooleanNode.TRUE);
    given.put("timeout", IntNode.valueOf(30));
    given.put("junit-report", TextNode.valueOf("out/junit.xml"));
    GitLabJobRunner.Run run =
        new GitLabJobRunner(tmp, remote).tagPipeline("v1.1.0", remote.tagged, "/bin/dash", given);
    assertThat(run.args())
        .containsSubsequence("--env", "prod")
        .containsSubsequence("--release", "v1.1.0")
        .containsSubsequence("--config", "ci/gate config.yml")
        .containsSubsequence("--only", "git.branch,git.tag-exists")
        .containsSubsequence("--skip", "git.clean-tree")
        .containsSubsequence("--timeout", "30s")
        .contains("--strict", "--deploy");
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(check(run.json(), "git.tag-exists").path("status").asText()).isEqualTo("PASS");
    assertThat(run.json().path("environment").asText()).isEqualTo("prod");
    assertReports(run);
  }

  @Test
  void aConfigThatCannotBeReadIsCriticalAndFailsTheJobUnlessFailOnIsNever() throws Exception {
    Remote remote = Remote.create(tmp);
    GitLabJobRunner.Run run =
        new GitLabJobRunner(tmp, remote)
            .tagPipeline(
                "v1.1.0",
                remote.tagged,
                "/bin/dash",
                Map.of("config", TextNode.valueOf("no-such-config.yml")));
    assertThat(run.exit()).as(run.output()).isEqualTo(2);
    assertThat(run.output()).contains("no-such-config.yml").doesNotContain("\tat ");
    assertThat(run.status("blocked")).isEqualTo("failed");
    assertThat(run.status("critical")).isEqualTo("failed");
    assertThat(run.status("never")).isEqualTo("failed, allowed to fail");
  }

  private static JsonNode check(JsonNode report, String id) {
    for (JsonNode c : report.path("checks")) {
      if (c.path("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no check " + id + " in " + report);
  }

  /** The files the job's artifacts name exist and parse as GitLab reads them. */
  private static void assertReports(GitLabJobRunner.Run run) throws Exception {
    JsonNode artifacts = run.job().path("artifacts");
    Path dir = run.projectDir();
    Path junit = dir.resolve(artifacts.path("reports").path("junit").asText());
    Path codequality = dir.resolve(artifacts.path("reports").path("codequality").asText());
    assertThat(junit).as(run.output()).isRegularFile();
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    JsonNode issues = GitLabCi.JSON.readTree(codequality.toFile());
    assertThat(issues.isArray()).isTrue();
    for (JsonNode issue : issues) {
      assertThat(issue.path("location").path("path").asText()).isNotBlank();
      assertThat(issue.path("fingerprint").asText()).isNotBlank();
    }
    for (JsonNode path : artifacts.path("paths")) {
      assertThat(dir.resolve(path.asText())).as("artifacts:paths").isRegularFile();
    }
  }

  /**
   * The project's remote: main with v1.0.0, then the commit tagged v1.1.0, then one more commit
   * (main moved on); a feature branch whose commit is tagged v1.2.0.
   */
  record Remote(Path bare, Path home, String tagged, String featureTagged) {
    static Remote create(Path tmp) {
      Path home = tmp.resolve("home");
      GitRepo origin = GitRepo.at(tmp.resolve("origin.git"), home);
      origin.git("init", "-q", "--bare", "-b", "main");
      GitRepo seed = GitRepo.init(tmp.resolve("seed"), home);
      seed.git("remote", "add", "origin", origin.dir().toString());
      seed.write(".release-sentinel.yml", CONFIG).write("ci/gate config.yml", CONFIG);
      seed.commitAll("first");
      seed.git("tag", "-a", "-m", "v1.0.0", "v1.0.0");
      String tagged = seed.write("b.txt", "b\n").commitAll("second");
      seed.git("tag", "-a", "-m", "v1.1.0", "v1.1.0");
      seed.write("c.txt", "c\n").commitAll("third");
      seed.git("checkout", "-q", "-b", "feature", tagged);
      String feature = seed.write("d.txt", "d\n").commitAll("feature");
      seed.git("tag", "-a", "-m", "v1.2.0", "v1.2.0");
      seed.git("push", "-q", "origin", "main", "feature", "v1.0.0", "v1.1.0", "v1.2.0");
      return new Remote(origin.dir(), home, tagged, feature);
    }

    String url() {
      return "file://" + bare;
    }
  }
}
