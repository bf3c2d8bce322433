package dev.releasesentinel.record;

import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.engine.Environment;
import java.util.Optional;

/**
 * What the CI host says about the run for a decision record, from each host's documented variables
 * (docs/decision-record.md, "Who and where"): the run's web address, who started it, the
 * repository's address and the ref being built.
 */
public final class CiRunLinks {

  private CiRunLinks() {}

  public static DecisionInput.CiRunInfo info(Environment env) {
    CiHost host = CiHost.detect(env);
    return new DecisionInput.CiRunInfo(host.title(), runUrl(host, env), actor(host, env));
  }

  static Optional<String> runUrl(CiHost host, Environment env) {
    return switch (host) {
      case GITHUB_ACTIONS ->
          all(env, "GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_RUN_ID")
              .map(
                  v ->
                      v[0]
                          + "/"
                          + v[1]
                          + "/actions/runs/"
                          + v[2]
                          + env.nonEmpty("GITHUB_RUN_ATTEMPT")
                              .map(a -> "/attempts/" + a)
                              .orElse(""));
      case GITLAB_CI -> env.nonEmpty("CI_JOB_URL").or(() -> env.nonEmpty("CI_PIPELINE_URL"));
      case JENKINS -> env.nonEmpty("BUILD_URL");
      case AZURE_PIPELINES ->
          all(env, "SYSTEM_COLLECTIONURI", "SYSTEM_TEAMPROJECT", "BUILD_BUILDID")
              .map(v -> v[0] + v[1] + "/_build/results?buildId=" + v[2]);
      case CIRCLECI -> env.nonEmpty("CIRCLE_BUILD_URL");
      case BITBUCKET_PIPELINES ->
          all(env, "BITBUCKET_GIT_HTTP_ORIGIN", "BITBUCKET_BUILD_NUMBER")
              .map(v -> v[0] + "/pipelines/results/" + v[1]);
      case BUILDKITE -> env.nonEmpty("BUILDKITE_BUILD_URL");
      case NONE -> Optional.empty();
    };
  }

  static Optional<String> actor(CiHost host, Environment env) {
    return switch (host) {
      case GITHUB_ACTIONS ->
          env.nonEmpty("GITHUB_TRIGGERING_ACTOR").or(() -> env.nonEmpty("GITHUB_ACTOR"));
      case GITLAB_CI -> env.nonEmpty("GITLAB_USER_LOGIN");
      case JENKINS -> env.nonEmpty("BUILD_USER_ID"); // set by the Build User Vars plugin only
      case AZURE_PIPELINES ->
          env.nonEmpty("BUILD_REQUESTEDFOREMAIL").or(() -> env.nonEmpty("BUILD_REQUESTEDFOR"));
      case CIRCLECI -> env.nonEmpty("CIRCLE_USERNAME");
      case BITBUCKET_PIPELINES -> env.nonEmpty("BITBUCKET_STEP_TRIGGERER_UUID");
      case BUILDKITE ->
          env.nonEmpty("BUILDKITE_BUILD_CREATOR_EMAIL")
              .or(() -> env.nonEmpty("BUILDKITE_BUILD_CREATOR"));
      case NONE -> Optional.empty();
    };
  }

  /** The repository's address as the CI host names it, as a {@code git+} URI. */
  public static Optional<String> repository(Environment env) {
    CiHost host = CiHost.detect(env);
    Optional<String> url =
        switch (host) {
          case GITHUB_ACTIONS ->
              all(env, "GITHUB_SERVER_URL", "GITHUB_REPOSITORY").map(v -> v[0] + "/" + v[1]);
          case GITLAB_CI -> env.nonEmpty("CI_PROJECT_URL");
          case JENKINS -> env.nonEmpty("GIT_URL");
          case AZURE_PIPELINES -> env.nonEmpty("BUILD_REPOSITORY_URI");
          case CIRCLECI -> env.nonEmpty("CIRCLE_REPOSITORY_URL");
          case BITBUCKET_PIPELINES -> env.nonEmpty("BITBUCKET_GIT_HTTP_ORIGIN");
          case BUILDKITE -> env.nonEmpty("BUILDKITE_REPO");
          case NONE -> Optional.empty();
        };
    return url.flatMap(ResourceUris::repository);
  }

  /** The ref being built, e.g. {@code refs/tags/v1.4.2}, when the host names a tag or branch. */
  public static Optional<String> ref(Environment env) {
    if (CiHost.detect(env) == CiHost.GITHUB_ACTIONS) {
      Optional<String> ref = env.nonEmpty("GITHUB_REF");
      if (ref.isPresent()) {
        return ref;
      }
    }
    var run = CiHost.run(env);
    return run.tag()
        .map(t -> "refs/tags/" + t.value())
        .or(() -> run.branch().map(b -> "refs/heads/" + b.value()));
  }

  private static Optional<String[]> all(Environment env, String... names) {
    String[] values = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      Optional<String> v = env.nonEmpty(names[i]);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      values[i] = v.get();
    }
    return Optional.of(values);
  }
}
