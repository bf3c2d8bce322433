package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.Environment;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseVersionTest {

  private static final Environment ALL =
      Environment.of(
          Map.of(
              "GITHUB_REF", "refs/tags/v2.0.0",
              "CI_COMMIT_TAG", "v3.0.0",
              "TAG_NAME", "v4.0.0"));

  @Test
  void explicitVersionWins() {
    assertThat(ReleaseVersion.resolve(Optional.of("v1.0.0"), ALL))
        .contains(new ReleaseVersion("v1.0.0", "--release"));
  }

  @Test
  void thenTheTagInGithubRef() {
    assertThat(ReleaseVersion.resolve(Optional.empty(), ALL))
        .contains(new ReleaseVersion("v2.0.0", "GITHUB_REF"));
  }

  @Test
  void aBranchInGithubRefIsNoVersion() {
    Environment env = Environment.of(Map.of("GITHUB_REF", "refs/heads/main"));
    assertThat(ReleaseVersion.resolve(Optional.empty(), env)).isEmpty();
    Environment gitlab = Environment.of(Map.of("GITLAB_CI", "true", "CI_COMMIT_TAG", "v3.0.0"));
    assertThat(ReleaseVersion.resolve(Optional.empty(), gitlab))
        .contains(new ReleaseVersion("v3.0.0", "CI_COMMIT_TAG"));
  }

  @Test
  void thenGitlabThenJenkins() {
    assertThat(ReleaseVersion.resolve(Optional.empty(), Environment.of(Map.of("TAG_NAME", "v4"))))
        .contains(new ReleaseVersion("v4", "TAG_NAME"));
  }

  @Test
  void emptyValuesCountAsUnset() {
    Environment env =
        Environment.of(Map.of("GITHUB_REF", "refs/tags/", "CI_COMMIT_TAG", "", "TAG_NAME", ""));
    assertThat(ReleaseVersion.resolve(Optional.of(""), env)).isEmpty();
    assertThat(ReleaseVersion.resolve(Optional.empty(), Environment.of(Map.of()))).isEmpty();
  }

  @Test
  void describesWhereItCameFrom() {
    assertThat(new ReleaseVersion("v1.2.3", "GITHUB_REF").describe())
        .isEqualTo("v1.2.3 (from GITHUB_REF)");
  }
}
