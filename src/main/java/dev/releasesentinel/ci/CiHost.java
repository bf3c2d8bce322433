package dev.releasesentinel.ci;

import dev.releasesentinel.engine.Environment;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The CI hosts the gate knows, in one place: how each is recognised, what it says about branch,
 * tag, commit and pull request, what its default checkout holds, and how to fetch what is missing,
 * in the host's own words. The variables are each host's documented ones (docs/ci-hosts.md).
 */
public enum CiHost {
  GITHUB_ACTIONS(
      "GitHub Actions",
      e -> e.is("GITHUB_ACTIONS", "true") || e.has("GITHUB_REF") || e.has("GITHUB_HEAD_REF"),
      Hosts::github,
      "actions/checkout fetches one commit (depth 1) and no other branch or tag; a tag or pull"
          + " request build is a detached HEAD",
      "fetch the history, tags and branches: actions/checkout with fetch-depth: 0"),
  GITLAB_CI(
      "GitLab CI",
      e ->
          e.is("GITLAB_CI", "true")
              || e.has("CI_COMMIT_SHA")
              || e.has("CI_COMMIT_BRANCH")
              || e.has("CI_COMMIT_TAG"),
      Hosts::gitlab,
      "the runner fetches the last 20 commits (GIT_DEPTH) of only the pipeline's branch or tag"
          + " and checks out a detached HEAD",
      "in .gitlab-ci.yml set variables: GIT_DEPTH: \"0\" (full history) and GIT_FETCH_EXTRA_FLAGS:"
          + " --tags, and fetch the branches in the job (before_script: git fetch origin"
          + " '+refs/heads/*:refs/remotes/origin/*'): a tag pipeline fetches only its tag"),
  JENKINS(
      "Jenkins",
      e -> e.has("JENKINS_URL") || e.has("BRANCH_NAME") || e.has("TAG_NAME") || e.has("GIT_BRANCH"),
      Hosts::jenkins,
      "the Git plugin checks out a detached HEAD; a multibranch job fetches only the branch or tag"
          + " it builds (refspec +refs/heads/NAME:refs/remotes/origin/NAME), without tags unless"
          + " 'Discover tags' is on; a shallow clone if the job asks for one",
      "in the job's Git settings turn off the shallow clone and fetch tags (checkout"
          + " scmGit(extensions: [cloneOption(shallow: false, noTags: false)]), or 'Advanced clone"
          + " behaviours'), and fetch the branches with the refspec"
          + " +refs/heads/*:refs/remotes/origin/*"),
  AZURE_PIPELINES(
      "Azure Pipelines",
      e -> e.is("TF_BUILD", "true") || e.has("BUILD_SOURCEBRANCH"),
      Hosts::azure,
      "new pipelines fetch one commit (fetchDepth: 1) without tags and check out a detached HEAD",
      "in azure-pipelines.yml: - checkout: self with fetchDepth: 0 and fetchTags: true"),
  CIRCLECI(
      "CircleCI",
      e -> e.is("CIRCLECI", "true") || e.has("CIRCLE_SHA1"),
      Hosts::circle,
      "the checkout step clones the repository; a tag build is a detached HEAD",
      "after the checkout step: run: git fetch --force --tags origin"
          + " '+refs/heads/*:refs/remotes/origin/*' (and git fetch --unshallow if the checkout is"
          + " shallow)"),
  BITBUCKET_PIPELINES(
      "Bitbucket Pipelines",
      e -> e.has("BITBUCKET_BUILD_NUMBER") || e.has("BITBUCKET_COMMIT"),
      Hosts::bitbucket,
      "the clone holds the last 50 commits (clone: depth) of only the branch or tag being built",
      "in bitbucket-pipelines.yml set clone: depth: full, and fetch the branches in the step"
          + " (git fetch origin '+refs/heads/*:refs/remotes/origin/*')"),
  BUILDKITE(
      "Buildkite",
      e -> e.is("BUILDKITE", "true") || e.has("BUILDKITE_COMMIT"),
      Hosts::buildkite,
      "the agent clones the repository and fetches the build's branch or commit, without tags,"
          + " then checks out a detached HEAD",
      "set BUILDKITE_GIT_FETCH_FLAGS=\"-v --prune --tags\" (and no --depth in"
          + " BUILDKITE_GIT_CLONE_FLAGS), and fetch the branches (git fetch origin"
          + " '+refs/heads/*:refs/remotes/origin/*')"),
  NONE(
      "no CI",
      e -> true,
      Hosts::none,
      "a local clone",
      "fetch the history, tags and branches: git fetch --tags --unshallow origin"
          + " '+refs/heads/*:refs/remotes/origin/*' (without --unshallow on a full clone)");

  private final String title;
  private final Predicate<Vars> detect;
  private final Function<Vars, CiRun> read;
  private final String checkout;
  private final String fix;

  CiHost(
      String title,
      Predicate<Vars> detect,
      Function<Vars, CiRun> read,
      String checkout,
      String fix) {
    this.title = title;
    this.detect = detect;
    this.read = read;
    this.checkout = checkout;
    this.fix = fix;
  }

  /** The host this process runs on, {@link #NONE} when no host's variables are set. */
  public static CiHost detect(Environment env) {
    Vars v = new Vars(env);
    for (CiHost h : values()) {
      if (h.detect.test(v)) {
        return h;
      }
    }
    return NONE;
  }

  /** What the host this process runs on says about the run. */
  public static CiRun run(Environment env) {
    return detect(env).read(env);
  }

  /** What this host says about the run. */
  public CiRun read(Environment env) {
    return read.apply(new Vars(env));
  }

  /** The host's name, e.g. {@code GitLab CI}. */
  public String title() {
    return title;
  }

  /** What the host's default checkout holds, in a sentence. */
  public String checkout() {
    return checkout;
  }

  /** How to fetch the full history, the tags and the branches, in the host's own words. */
  public String fix() {
    return fix;
  }

  /**
   * Tokens a CI job holds whatever the config says, masked as secrets in every run: the GitHub
   * token in its usual names (the Action's {@code github-token} input arrives as {@code
   * INPUT_GITHUB-TOKEN}), the runner's own tokens, GitLab's job token and the gate's git token.
   */
  public static final List<String> TOKENS =
      List.of(
          "GITHUB_TOKEN",
          "GH_TOKEN",
          "INPUT_GITHUB-TOKEN",
          "ACTIONS_RUNTIME_TOKEN",
          "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
          "CI_JOB_TOKEN",
          "GIT_TOKEN");

  /** The variables that may name the release tag, in the order they are read, for messages. */
  public static final List<String> TAG_VARIABLES =
      List.of(
          "GITHUB_REF (refs/tags/...)",
          "CI_COMMIT_TAG",
          "TAG_NAME",
          "BUILD_SOURCEBRANCH (refs/tags/...)",
          "CIRCLE_TAG",
          "BITBUCKET_TAG",
          "BUILDKITE_TAG");

  /** The environment, read as the host rules need it: empty values count as unset. */
  record Vars(Environment env) {
    Optional<String> get(String name) {
      return env.nonEmpty(name).map(String::strip).filter(s -> !s.isEmpty());
    }

    boolean has(String name) {
      return get(name).isPresent();
    }

    boolean is(String name, String value) {
      return get(name).map(v -> v.equalsIgnoreCase(value)).orElse(false);
    }

    Optional<CiRun.Named> named(String name) {
      return get(name).map(v -> new CiRun.Named(v, name));
    }
  }
}
