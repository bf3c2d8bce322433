package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.testing.FakeGitHub;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedactingGatewayTest {

  private final FakeGitHub inner = new FakeGitHub();
  private final GitHubGateway gw =
      new RedactingGateway(inner, Redactor.of(List.of("tops3cret-value")));

  @Test
  void commentBodiesAreRedacted() throws Exception {
    gw.createComment(7, "a tops3cret-value b");
    gw.updateComment(inner.comments.get(0).id(), "c tops3cret-value d");
    assertThat(inner.comments.get(0).body()).isEqualTo("c *** d");
  }

  @Test
  void everyTextOfACheckRunIsRedacted() throws Exception {
    GitHubGateway.CheckAnnotation a =
        new GitHubGateway.CheckAnnotation(
            "tops3cret-value.yml",
            1,
            1,
            GitHubGateway.AnnotationLevel.WARNING,
            "t tops3cret-value",
            "m tops3cret-value");
    GitHubGateway.CheckOutput out =
        new GitHubGateway.CheckOutput(
            "title tops3cret-value",
            "sum tops3cret-value",
            Optional.of("txt tops3cret-value"),
            List.of(a));
    gw.createCheckRun(
        new GitHubGateway.NewCheckRun(
            "release-sentinel (tops3cret-value)",
            "sha",
            GitHubGateway.Conclusion.FAILURE,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            out));
    gw.updateCheckRun(1, out);
    String all = inner.created.toString() + inner.updates;
    assertThat(all).doesNotContain("tops3cret-value").contains("title ***").contains("m ***");
  }
}
