package dev.releasesentinel.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.Environment;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceUrisTest {

  @ParameterizedTest
  @CsvSource({
    "https://github.com/acme/shop, git+https://github.com/acme/shop",
    "https://github.com/acme/shop.git, git+https://github.com/acme/shop.git",
    "https://x-access-token:ghs_secret@GitHub.com/acme/shop.git, git+https://github.com/acme/shop.git",
    "git@github.com:acme/shop.git, git+ssh://github.com/acme/shop.git",
    "ssh://git@gitlab.example:2222/acme/shop.git, git+ssh://gitlab.example:2222/acme/shop.git",
    "git+https://github.com/acme/shop, git+https://github.com/acme/shop",
  })
  void remotesBecomeGitUrisWithoutCredentials(String remote, String uri) {
    assertThat(ResourceUris.repository(remote)).contains(uri);
  }

  @Test
  void notAnAddressIsEmpty() {
    assertThat(ResourceUris.repository("")).isEmpty();
    assertThat(ResourceUris.repository("../shop")).isEmpty();
  }

  @Test
  void aRefIsAppendedAfterAnAt() {
    assertThat(ResourceUris.at("git+https://github.com/acme/shop", Optional.of("refs/tags/v1.4.2")))
        .isEqualTo("git+https://github.com/acme/shop@refs/tags/v1.4.2");
    assertThat(ResourceUris.at("git+https://github.com/acme/shop", Optional.empty()))
        .isEqualTo("git+https://github.com/acme/shop");
  }

  @Test
  void githubActionsNamesTheRunTheActorTheRepositoryAndTheRef() {
    Environment env =
        Environment.of(
            Map.of(
                "GITHUB_ACTIONS", "true",
                "GITHUB_SERVER_URL", "https://github.com",
                "GITHUB_REPOSITORY", "acme/shop",
                "GITHUB_RUN_ID", "42",
                "GITHUB_RUN_ATTEMPT", "2",
                "GITHUB_ACTOR", "octocat",
                "GITHUB_TRIGGERING_ACTOR", "hubot",
                "GITHUB_REF", "refs/tags/v1.4.2"));
    DecisionInput.CiRunInfo info = CiRunLinks.info(env);
    assertThat(info.host()).isEqualTo("GitHub Actions");
    assertThat(info.runUrl()).contains("https://github.com/acme/shop/actions/runs/42/attempts/2");
    assertThat(info.actor()).contains("hubot");
    assertThat(CiRunLinks.repository(env)).contains("git+https://github.com/acme/shop");
    assertThat(CiRunLinks.ref(env)).contains("refs/tags/v1.4.2");
  }

  @Test
  void gitlabNamesTheJobAndTheUser() {
    Environment env =
        Environment.of(
            Map.of(
                "GITLAB_CI", "true",
                "CI_JOB_URL", "https://gitlab.example/acme/shop/-/jobs/7",
                "GITLAB_USER_LOGIN", "jane",
                "CI_PROJECT_URL", "https://gitlab.example/acme/shop",
                "CI_COMMIT_TAG", "v1.4.2"));
    DecisionInput.CiRunInfo info = CiRunLinks.info(env);
    assertThat(info.runUrl()).contains("https://gitlab.example/acme/shop/-/jobs/7");
    assertThat(info.actor()).contains("jane");
    assertThat(CiRunLinks.ref(env)).contains("refs/tags/v1.4.2");
    assertThat(CiRunLinks.repository(env)).contains("git+https://gitlab.example/acme/shop");
  }

  @Test
  void outsideCiThereIsNoRunAndNoActor() {
    DecisionInput.CiRunInfo info = CiRunLinks.info(Environment.of(Map.of()));
    assertThat(info.runUrl()).isEmpty();
    assertThat(info.actor()).isEmpty();
  }
}
