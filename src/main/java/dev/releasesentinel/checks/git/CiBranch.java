package dev.releasesentinel.checks.git;

import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.ci.CiRun;
import dev.releasesentinel.engine.Environment;
import java.util.Locale;
import java.util.Optional;

/**
 * The branch the CI host says it is building, for a detached HEAD ({@link CiHost}: {@code
 * GITHUB_REF} refs/heads/..., {@code GITHUB_HEAD_REF}, {@code CI_COMMIT_BRANCH}, {@code
 * BRANCH_NAME}, ...). A tag build names no branch, even where the host puts the tag's name in its
 * branch variable (Jenkins' {@code BRANCH_NAME}, Buildkite's {@code BUILDKITE_BRANCH}).
 *
 * <p>With it, the commit the same host says it is building, where it says one. A job may check out
 * another commit than the one its run was started for (a {@code workflow_dispatch} on {@code main}
 * that checks out a tag made on a feature branch); the branch then says nothing about HEAD.
 *
 * @param name the branch
 * @param variable the variable it came from
 * @param commitVariable the variable naming the commit the CI builds, if the CI has one
 * @param commit its value, if set
 */
record CiBranch(
    String name, String variable, Optional<String> commitVariable, Optional<String> commit) {

  static final String VARIABLES =
      "GITHUB_REF (refs/heads/...), GITHUB_HEAD_REF, CI_COMMIT_BRANCH, BRANCH_NAME, GIT_BRANCH,"
          + " BUILD_SOURCEBRANCH, CIRCLE_BRANCH, BITBUCKET_BRANCH, BUILDKITE_BRANCH";

  static Optional<CiBranch> from(Environment env) {
    return from(CiHost.run(env));
  }

  static Optional<CiBranch> from(CiRun run) {
    if (run.branch().isEmpty()) {
      return Optional.empty();
    }
    CiRun.Named b = run.branch().get();
    return Optional.of(
        new CiBranch(
            b.value(),
            b.variable(),
            run.commit().map(CiRun.Named::variable),
            run.commit().map(CiRun.Named::value)));
  }

  /**
   * Why this branch says nothing about HEAD, if it does not: the CI names a commit, and it is not
   * HEAD.
   */
  Optional<String> notAbout(Optional<String> head) {
    if (commit.isEmpty() || head.isEmpty() || commit.get().length() < 7) {
      return Optional.empty();
    }
    String c = commit.get().toLowerCase(Locale.ROOT);
    if (head.get().toLowerCase(Locale.ROOT).startsWith(c)) {
      return Optional.empty();
    }
    return Optional.of(
        variable
            + " names "
            + name
            + ", but "
            + commitVariable.orElseThrow()
            + " "
            + Head.shortId(c)
            + " is not HEAD (the job checked out another commit), so that branch was not taken");
  }
}
