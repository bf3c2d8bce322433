package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.checks.git.testing.JGitIsolation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each CI host x trigger (branch push, tag push, pull/merge request): the repository as that host's
 * default checkout leaves it, built with native git (depth, refs fetched, detached HEAD), the
 * host's own variables, the shipped example config, the git checks run twice in the same workspace
 * with a JUnit report written into it (docs/ci-hosts.md). The remote: main at v1.0.0 then v1.1.0, a
 * feature branch with a pull request ref (refs/pull/7/head and /merge, refs/merge-requests/7/head).
 */
@ExtendWith(JGitIsolation.class)
class CiHostMatrixIT {

  @TempDir Path tmp;

  /** How one host checks out one trigger: git commands in an empty directory. */
  record Host(
      String name,
      String config,
      String profile,
      BiConsumer<Checkout, Trigger> checkout,
      java.util.function.BiFunction<Checkout, Trigger, Map<String, String>> variables) {}

  enum Trigger {
    BRANCH,
    TAG,
    PULL_REQUEST
  }

  /** The remote and the commits the checkouts need. */
  record Checkout(GitRepo work, String url, String main, String tagged, String pr, String merge) {
    void git(String... args) {
      work.git(args);
    }
  }

  static final String GH = "examples/github/release-sentinel.yml";
  static final String GL = "examples/gitlab/.release-sentinel.yml";
  static final String JK = "examples/jenkins/release-sentinel.yml";

  static Stream<Arguments> matrix() {
    List<Host> hosts =
        List.of(
            new Host(
                "GitHub Actions",
                GH,
                "staging",
                (c, t) -> {
                  c.git("init", "-q");
                  c.git("remote", "add", "origin", c.url());
                  switch (t) {
                    case BRANCH -> {
                      c.git(
                          "fetch",
                          "-q",
                          "--no-tags",
                          "--depth=1",
                          "origin",
                          "+" + c.main() + ":refs/remotes/origin/main");
                      c.git("checkout", "-q", "-B", "main", "refs/remotes/origin/main");
                    }
                    case TAG -> {
                      c.git(
                          "fetch",
                          "-q",
                          "--no-tags",
                          "--depth=1",
                          "origin",
                          "+refs/tags/v1.1.0:refs/tags/v1.1.0");
                      c.git("checkout", "-q", "refs/tags/v1.1.0");
                    }
                    case PULL_REQUEST -> {
                      c.git(
                          "fetch",
                          "-q",
                          "--no-tags",
                          "--depth=1",
                          "origin",
                          "+refs/pull/7/merge:refs/remotes/pull/7/merge");
                      c.git("checkout", "-q", "refs/remotes/pull/7/merge");
                    }
                  }
                },
                (c, t) ->
                    switch (t) {
                      case BRANCH ->
                          Map.of(
                              "GITHUB_ACTIONS",
                              "true",
                              "GITHUB_REF",
                              "refs/heads/main",
                              "GITHUB_SHA",
                              c.main());
                      case TAG ->
                          Map.of(
                              "GITHUB_ACTIONS",
                              "true",
                              "GITHUB_REF",
                              "refs/tags/v1.1.0",
                              "GITHUB_SHA",
                              c.tagged());
                      case PULL_REQUEST ->
                          Map.of(
                              "GITHUB_ACTIONS",
                              "true",
                              "GITHUB_REF",
                              "refs/pull/7/merge",
                              "GITHUB_SHA",
                              c.merge(),
                              "GITHUB_HEAD_REF",
                              "feature",
                              "GITHUB_BASE_REF",
                              "main");
                    }),
            new Host(
                "GitLab CI",
                GL,
                "prod",
                (c, t) -> {
                  c.git("init", "-q");
                  c.git("remote", "add", "origin", c.url());
                  String ref =
                      switch (t) {
                        case BRANCH -> "+refs/heads/main:refs/remotes/origin/main";
                        case TAG -> "+refs/tags/v1.1.0:refs/tags/v1.1.0";
                        case PULL_REQUEST ->
                            "+refs/merge-requests/7/head:refs/remotes/origin/merge-requests/7/head";
                      };
                  c.git("fetch", "-q", "--no-tags", "--depth", "20", "origin", ref);
                  c.git(
                      "checkout",
                      "-q",
                      "-f",
                      t == Trigger.PULL_REQUEST
                          ? c.pr()
                          : t == Trigger.TAG ? c.tagged() : c.main());
                },
                (c, t) ->
                    switch (t) {
                      case BRANCH ->
                          Map.of(
                              "GITLAB_CI",
                              "true",
                              "CI_COMMIT_BRANCH",
                              "main",
                              "CI_COMMIT_SHA",
                              c.main());
                      case TAG ->
                          Map.of(
                              "GITLAB_CI",
                              "true",
                              "CI_COMMIT_TAG",
                              "v1.1.0",
                              "CI_COMMIT_SHA",
                              c.tagged());
                      case PULL_REQUEST ->
                          Map.of(
                              "GITLAB_CI",
                              "true",
                              "CI_MERGE_REQUEST_IID",
                              "7",
                              "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME",
                              "feature",
                              "CI_MERGE_REQUEST_TARGET_BRANCH_NAME",
                              "main",
                              "CI_COMMIT_SHA",
                              c.pr());
                    }),
            new Host(
                "Jenkins",
                JK,
                "",
                (c, t) -> {
                  c.git("init", "-q");
                  c.git("remote", "add", "origin", c.url());
                  String ref =
                      switch (t) {
                        case BRANCH -> "+refs/heads/main:refs/remotes/origin/main";
                        case TAG -> "+refs/tags/v1.1.0:refs/tags/v1.1.0";
                        case PULL_REQUEST -> "+refs/pull/7/head:refs/remotes/origin/PR-7";
                      };
                  c.git("fetch", "-q", "--no-tags", "origin", ref);
                  c.git(
                      "checkout",
                      "-q",
                      "-f",
                      t == Trigger.PULL_REQUEST
                          ? c.pr()
                          : t == Trigger.TAG ? c.tagged() : c.main());
                  c.git("fetch", "--tags", "--force", "--quiet"); // the Jenkinsfile's own step
                },
                (c, t) ->
                    switch (t) {
                      case BRANCH ->
                          Map.of(
                              "JENKINS_URL",
                              "http://ci/",
                              "BRANCH_NAME",
                              "main",
                              "GIT_COMMIT",
                              c.main());
                      case TAG ->
                          Map.of(
                              "JENKINS_URL",
                              "http://ci/",
                              "BRANCH_NAME",
                              "v1.1.0",
                              "TAG_NAME",
                              "v1.1.0",
                              "GIT_COMMIT",
                              c.tagged());
                      case PULL_REQUEST ->
                          Map.of(
                              "JENKINS_URL",
                              "http://ci/",
                              "BRANCH_NAME",
                              "PR-7",
                              "CHANGE_ID",
                              "7",
                              "CHANGE_BRANCH",
                              "feature",
                              "CHANGE_TARGET",
                              "main",
                              "GIT_COMMIT",
                              c.pr());
                    }),
            new Host(
                "Azure Pipelines",
                JK,
                "",
                (c, t) -> {
                  c.git("init", "-q");
                  c.git("remote", "add", "origin", c.url());
                  String sha =
                      t == Trigger.PULL_REQUEST
                          ? c.merge()
                          : t == Trigger.TAG ? c.tagged() : c.main();
                  String ref =
                      t == Trigger.PULL_REQUEST
                          ? "+refs/pull/7/merge:refs/remotes/pull/7/merge"
                          : "+" + sha + ":refs/remotes/origin/" + sha;
                  c.git("fetch", "-q", "--no-tags", "--depth=1", "origin", ref);
                  c.git("checkout", "-q", "--force", sha);
                },
                (c, t) ->
                    switch (t) {
                      case BRANCH ->
                          Map.of(
                              "TF_BUILD",
                              "True",
                              "BUILD_SOURCEBRANCH",
                              "refs/heads/main",
                              "BUILD_SOURCEVERSION",
                              c.main());
                      case TAG ->
                          Map.of(
                              "TF_BUILD",
                              "True",
                              "BUILD_SOURCEBRANCH",
                              "refs/tags/v1.1.0",
                              "BUILD_SOURCEVERSION",
                              c.tagged());
                      case PULL_REQUEST ->
                          Map.of(
                              "TF_BUILD",
                              "True",
                              "BUILD_SOURCEBRANCH",
                              "refs/pull/7/merge",
                              "BUILD_SOURCEVERSION",
                              c.merge(),
                              "SYSTEM_PULLREQUEST_PULLREQUESTID",
                              "7",
                              "SYSTEM_PULLREQUEST_SOURCEBRANCH",
                              "refs/heads/feature",
                              "SYSTEM_PULLREQUEST_TARGETBRANCH",
                              "refs/heads/main");
                    }),
            new Host(
                "CircleCI",
                JK,
                "",
                (c, t) -> {
                  c.git("clone", "-q", c.url(), ".");
                  switch (t) {
                    case BRANCH -> c.git("checkout", "-q", "-B", "main", c.main());
                    case TAG -> {
                      c.git("fetch", "-q", "--force", "origin", "refs/tags/v1.1.0");
                      c.git("checkout", "-q", c.tagged());
                    }
                    case PULL_REQUEST -> c.git("checkout", "-q", "-B", "feature", c.pr());
                  }
                },
                (c, t) ->
                    switch (t) {
                      case BRANCH ->
                          Map.of(
                              "CIRCLECI", "true", "CIRCLE_BRANCH", "main", "CIRCLE_SHA1", c.main());
                      case TAG ->
                          Map.of(
                              "CIRCLECI",
                              "true",
                              "CIRCLE_TAG",
                              "v1.1.0",
                              "CIRCLE_SHA1",
                              c.tagged());
                      case PULL_REQUEST ->
                          Map.of(
                              "CIRCLECI",
                              "true",
                              "CIRCLE_BRANCH",
                              "feature",
                              "CIRCLE_PULL_REQUEST",
                              "https://github.com/acme/shop/pull/7",
                              "CIRCLE_SHA1",
                              c.pr());
                    }),
            new Host(
                "Bitbucket Pipelines",
                JK,
                "",
                (c, t) -> {
                  String branch =
                      t == Trigger.TAG ? "v1.1.0" : t == Trigger.PULL_REQUEST ? "feature" : "main";
                  c.git("clone", "-q", "--branch=" + branch, "--depth", "50", c.url(), ".");
                },
                (c, t) ->
                    switch (t) {
                      case BRANCH ->
                          Map.of(
                              "BITBUCKET_BUILD_NUMBER",
                              "5",
                              "BITBUCKET_BRANCH",
                              "main",
                              "BITBUCKET_COMMIT",
                              c.main());
                      case TAG ->
                          Map.of(
                              "BITBUCKET_BUILD_NUMBER",
                              "5",
                              "BITBUCKET_TAG",
                              "v1.1.0",
                              "BITBUCKET_COMMIT",
                              c.tagged());
                      case PULL_REQUEST ->
                          Map.of(
                              "BITBUCKET_BUILD_NUMBER",
                              "5",
                              "BITBUCKET_BRANCH",
                              "feature",
                              "BITBUCKET_PR_ID",
                              "7",
                              "BITBUCKET_PR_DESTINATION_BRANCH",
                              "main",
                              "BITBUCKET_COMMIT",
                              c.pr());
                    }),
            new Host(
                "Buildkite",
                JK,
                "",
                (c, t) -> {
                  c.git("init", "-q");
                  c.git("remote", "add", "origin", c.url());
                  String sha =
                      t == Trigger.PULL_REQUEST ? c.pr() : t == Trigger.TAG ? c.tagged() : c.main();
                  String ref =
                      t == Trigger.PULL_REQUEST
                          ? "refs/pull/7/head"
                          : t == Trigger.TAG ? "refs/tags/v1.1.0" : "main";
                  c.git("fetch", "-q", "--no-tags", "--prune", "origin", ref);
                  c.git("checkout", "-q", "-f", sha);
                },
                (c, t) ->
                    switch (t) {
                      case BRANCH ->
                          Map.of(
                              "BUILDKITE",
                              "true",
                              "BUILDKITE_BRANCH",
                              "main",
                              "BUILDKITE_COMMIT",
                              c.main(),
                              "BUILDKITE_PULL_REQUEST",
                              "false");
                      case TAG ->
                          Map.of(
                              "BUILDKITE",
                              "true",
                              "BUILDKITE_BRANCH",
                              "v1.1.0",
                              "BUILDKITE_TAG",
                              "v1.1.0",
                              "BUILDKITE_COMMIT",
                              c.tagged(),
                              "BUILDKITE_PULL_REQUEST",
                              "false");
                      case PULL_REQUEST ->
                          Map.of(
                              "BUILDKITE",
                              "true",
                              "BUILDKITE_BRANCH",
                              "feature",
                              "BUILDKITE_COMMIT",
                              c.pr(),
                              "BUILDKITE_PULL_REQUEST",
                              "7",
                              "BUILDKITE_PULL_REQUEST_BASE_BRANCH",
                              "main");
                    }));
    List<Arguments> cases = new ArrayList<>();
    for (Host h : hosts) {
      for (Trigger t : Trigger.values()) {
        cases.add(Arguments.of(h.name(), t, h));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("matrix")
  void theHostsDefaultCheckoutPassesItsTriggerOrSaysWhy(String name, Trigger trigger, Host host) {
    GitRepo origin = GitRepo.at(tmp.resolve("origin.git"), tmp.resolve("home"));
    origin.git("init", "-q", "--bare", "-b", "main");
    GitRepo seed = GitRepo.init(tmp.resolve("seed"), tmp.resolve("home"));
    seed.git("remote", "add", "origin", origin.dir().toString());
    seed.write("a.txt", "a\n").commitAll("first");
    seed.git("tag", "-a", "-m", "v1.0.0", "v1.0.0");
    String tagged = seed.write("b.txt", "b\n").commitAll("second");
    seed.git("checkout", "-q", "-b", "feature");
    String pr = seed.write("c.txt", "c\n").commitAll("feature");
    seed.git("checkout", "-q", "main");
    seed.git("merge", "-q", "--no-ff", "-m", "Merge pull request #7", "feature");
    String merge = seed.head();
    seed.git("reset", "-q", "--hard", tagged);
    seed.git("push", "-q", "origin", "main", "feature", "v1.0.0");
    seed.git(
        "push",
        "-q",
        "origin",
        merge + ":refs/pull/7/merge",
        pr + ":refs/pull/7/head",
        pr + ":refs/merge-requests/7/head");
    if (trigger == Trigger.TAG) {
      seed.git("tag", "-a", "-m", "v1.1.0", "v1.1.0", tagged);
      seed.git("push", "-q", "origin", "v1.1.0");
    }
    GitRepo work = GitRepo.at(tmp.resolve("work"), tmp.resolve("home"));
    Checkout c = new Checkout(work, "file://" + origin.dir(), tagged, tagged, pr, merge);
    host.checkout().accept(c, trigger);

    Map<String, String> env = new HashMap<>(host.variables().apply(c, trigger));
    List<String> args =
        new ArrayList<>(
            List.of(
                "check",
                "-C",
                work.dir().toString(),
                "-c",
                Path.of(host.config()).toAbsolutePath().toString(),
                "--only",
                "git",
                "--no-color",
                "--report",
                "junit=" + work.dir().resolve("reports/gate.xml")));
    boolean githubPr = host.name().startsWith("GitHub") && trigger == Trigger.PULL_REQUEST;
    if (githubPr) {
      args.addAll(List.of("--env", "pr"));
    } else if (!host.profile().isEmpty()) {
      args.addAll(List.of("--env", host.profile()));
    }
    if (trigger != Trigger.TAG && !githubPr) {
      args.addAll(List.of("--version", "v1.2.0"));
    }
    CliRun first = CliRun.run(Families.all(), env, args.toArray(String[]::new));
    // The same workspace again: the report the first run wrote never dirties the tree.
    CliRun second = CliRun.run(Families.all(), env, args.toArray(String[]::new));
    String out = first.out();
    assertThat(second.exitCode()).as(second.out()).isEqualTo(first.exitCode());
    assertThat(second.out()).contains("this run's own files not counted: reports/gate.xml");
    assertThat(out).doesNotContain("ERROR");
    if (!host.name().startsWith("GitHub")) {
      assertThat(out).as("a fix in another host's words").doesNotContain("actions/checkout");
    }
    if (trigger == Trigger.PULL_REQUEST && !githubPr) {
      // Releasing from a pull request's branch is what git.branch blocks: named, never guessed.
      assertThat(first.exitCode()).as(out).isEqualTo(1);
      assertThat(out).containsPattern("branch feature( \\(from \\w+\\))? is not an allowed");
      return;
    }
    assertThat(first.exitCode()).as(out).isZero();
    if (trigger == Trigger.TAG) {
      assertThat(out)
          .containsPattern(
              "tag v1.1.0 points at HEAD \\w+ \\([^)]*\\): the tag that triggered"
                  + " this run \\(\\w+, "
                  + host.name()
                  + "\\)")
          .contains("v1.1.0 is greater than v1.0.0");
    }
  }
}
