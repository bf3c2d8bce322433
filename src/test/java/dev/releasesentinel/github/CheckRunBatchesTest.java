package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.testing.FakeGitHub;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckRunBatchesTest {

  static GitHubGateway.NewCheckRun run(int annotations) {
    List<GitHubGateway.CheckAnnotation> a = new ArrayList<>();
    for (int i = 1; i <= annotations; i++) {
      a.add(
          new GitHubGateway.CheckAnnotation(
              ".release-sentinel.yml", i, i, GitHubGateway.AnnotationLevel.FAILURE, "id" + i, "m"));
    }
    return new GitHubGateway.NewCheckRun(
        "release-sentinel",
        "abc",
        GitHubGateway.Conclusion.FAILURE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        new GitHubGateway.CheckOutput("BLOCKED", "summary", Optional.empty(), a));
  }

  @Test
  void sendsFiftyAnnotationsWithTheRunAndAppendsTheRestInBatchesOfFifty() throws Exception {
    FakeGitHub gh = new FakeGitHub();
    long id = CheckRunBatches.publish(gh, run(120));
    assertThat(id).isEqualTo(555);
    assertThat(gh.created.get(0).output().annotations()).hasSize(50);
    assertThat(gh.created.get(0).conclusion()).isEqualTo(GitHubGateway.Conclusion.FAILURE);
    assertThat(gh.updates).extracting(o -> o.annotations().size()).containsExactly(50, 20);
    assertThat(gh.updates.get(1).annotations().get(19).title()).isEqualTo("id120");
    assertThat(gh.updates).allSatisfy(o -> assertThat(o.title()).isEqualTo("BLOCKED"));
  }

  @Test
  void fiftyOrFewerNeedOneRequest() throws Exception {
    FakeGitHub gh = new FakeGitHub();
    CheckRunBatches.publish(gh, run(50));
    assertThat(gh.calls).containsExactly("createCheckRun");
  }
}
