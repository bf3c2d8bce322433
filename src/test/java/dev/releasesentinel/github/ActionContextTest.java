package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionContextTest {

  private static final String MERGE_SHA = "5555555555555555555555555555555555555555";

  @TempDir Path dir;

  private ActionContext read(String event, String fixture, Map<String, String> more)
      throws IOException {
    Path payload = dir.resolve("event.json");
    try (InputStream in = getClass().getResourceAsStream("/github/events/" + fixture)) {
      Files.write(payload, in.readAllBytes());
    }
    Map<String, String> env = new HashMap<>();
    env.put("GITHUB_WORKSPACE", dir.toString());
    env.put("GITHUB_EVENT_NAME", event);
    env.put("GITHUB_EVENT_PATH", payload.toString());
    env.put("GITHUB_REPOSITORY", "octo/app");
    env.put("GITHUB_SHA", MERGE_SHA);
    env.putAll(more);
    return ActionContext.read(Environment.of(env));
  }

  @Test
  void aPullRequestIsJudgedAtItsHeadNotTheTestMergeCommit() throws IOException {
    ActionContext c =
        read("pull_request", "pull_request.json", Map.of("GITHUB_REF", "refs/pull/7/merge"));
    assertThat(c.pullRequestEvent()).isTrue();
    assertThat(c.pullRequest()).hasValue(7);
    assertThat(c.checkRunSha()).contains("abcdef0123456789abcdef0123456789abcdef01");
    assertThat(c.forkRepository()).isEmpty();
    assertThat(c.tag()).isEmpty();
  }

  @Test
  void aPullRequestFromAForkSaysWhichFork() throws IOException {
    ActionContext c = read("pull_request", "pull_request-fork.json", Map.of());
    assertThat(c.forkRepository()).contains("mallory/app");
    assertThat(c.describe())
        .isEqualTo(
            "pull_request event on octo/app, pull request #7 from mallory/app, commit abcdef0");
  }

  @Test
  void aDeletedForkHasNoHeadRepository() throws IOException {
    ActionContext c = read("pull_request_target", "pull_request-deleted-fork.json", Map.of());
    assertThat(c.pullRequestEvent()).isTrue();
    assertThat(c.forkRepository()).contains("a deleted fork");
    assertThat(c.checkRunSha()).contains("abcdef0123456789abcdef0123456789abcdef01");
  }

  @Test
  void aPushUsesGithubSha() throws IOException {
    ActionContext c = read("push", "push.json", Map.of("GITHUB_REF", "refs/heads/main"));
    assertThat(c.pullRequest()).isEmpty();
    assertThat(c.checkRunSha()).contains(MERGE_SHA);
    assertThat(c.tag()).isEmpty();
  }

  @Test
  void aTagPushNamesTheTag() throws IOException {
    ActionContext c = read("push", "tag-push.json", Map.of("GITHUB_REF", "refs/tags/v1.4.2"));
    assertThat(c.tag()).contains("v1.4.2");
    assertThat(c.describe()).isEqualTo("push event on octo/app, tag v1.4.2, commit 5555555");
  }

  @Test
  void workflowDispatchHasNoShaInThePayloadSoGithubShaCounts() throws IOException {
    ActionContext c = read("workflow_dispatch", "workflow_dispatch.json", Map.of());
    assertThat(c.checkRunSha()).contains(MERGE_SHA);
    assertThat(c.pullRequest()).isEmpty();
  }

  @Test
  void aReleaseNamesItsTag() throws IOException {
    ActionContext c = read("release", "release.json", Map.of());
    assertThat(c.tag()).contains("v2.0.0");
  }

  @Test
  void aCommentOnAPullRequestNamesItButIsNotAPullRequestEvent() throws IOException {
    ActionContext c = read("issue_comment", "issue_comment-pr.json", Map.of());
    assertThat(c.pullRequest()).hasValue(7);
    assertThat(c.pullRequestEvent()).isFalse();
  }

  @Test
  void apiUrlsDefaultToGithubComAndFollowGhes() throws IOException {
    assertThat(read("push", "push.json", Map.of()).apiUrl()).isEqualTo("https://api.github.com");
    assertThat(read("push", "push.json", Map.of()).graphqlUrl())
        .isEqualTo("https://api.github.com/graphql");
    ActionContext ghes =
        read("push", "push.json", Map.of("GITHUB_API_URL", "https://ghe.example/api/v3/"));
    assertThat(ghes.apiUrl()).isEqualTo("https://ghe.example/api/v3");
    assertThat(ghes.graphqlUrl()).isEqualTo("https://ghe.example/api/graphql");
  }

  @Test
  void anUnreadablePayloadIsAWarningNotAFailure() {
    ActionContext c =
        ActionContext.read(
            Environment.of(
                Map.of(
                    "GITHUB_EVENT_NAME",
                    "pull_request",
                    "GITHUB_EVENT_PATH",
                    dir.resolve("missing.json").toString())));
    assertThat(c.pullRequest()).isEmpty();
    assertThat(c.warnings()).singleElement().asString().contains("cannot read the event payload");
  }

  @Test
  void theRunUrlComesFromServerRepositoryAndRunId() throws IOException {
    ActionContext c =
        read(
            "push",
            "push.json",
            Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_RUN_ID", "123"));
    assertThat(c.runUrl()).contains("https://github.com/octo/app/actions/runs/123");
  }
}
