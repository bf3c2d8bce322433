package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.Environment;
import java.util.Locale;
import java.util.Optional;

/**
 * The branch a CI system says it is building, for a detached HEAD (spec section 3.1): {@code
 * GITHUB_REF} when it is {@code refs/heads/...}, then {@code GITHUB_HEAD_REF} (a pull request's
 * source branch), {@code CI_COMMIT_BRANCH} (GitLab), {@code BRANCH_NAME} (Jenkins).
 *
 * <p>With it, the commit the same CI system says it is building, where it says one: {@code
 * GITHUB_SHA}, {@code CI_COMMIT_SHA}, {@code GIT_COMMIT}. A job may check out another commit than
 * the one its run was started for (a {@code workflow_dispatch} on {@code main} that checks out a
 * tag made on a feature branch); the branch then says nothing about HEAD.
 *
 * @param name the branch
 * @param variable the variable it came from
 * @param commitVariable the variable naming the commit the CI builds, if the CI has one
 * @param commit its value, if set
 */
record CiBranch(
    String name, String variable, Optional<String> commitVariable, Optional<String> commit) {

  static final String VARIABLES =
      "GITHUB_REF (refs/heads/...), GITHUB_HEAD_REF, CI_COMMIT_BRANCH, BRANCH_NAME";

  private static final String HEADS = "refs/heads/";

  static Optional<CiBranch> from(Environment env) {
    Optional<String> ref = env.nonEmpty("GITHUB_REF");
    if (ref.isPresent() && ref.get().startsWith(HEADS) && ref.get().length() > HEADS.length()) {
      return Optional.of(of(env, ref.get().substring(HEADS.length()), "GITHUB_REF", "GITHUB_SHA"));
    }
    // A pull request's head branch: GITHUB_SHA is the merge commit, not a commit of that branch.
    String[][] sources = {
      {"GITHUB_HEAD_REF", null},
      {"CI_COMMIT_BRANCH", "CI_COMMIT_SHA"},
      {"BRANCH_NAME", "GIT_COMMIT"}
    };
    for (String[] s : sources) {
      Optional<String> value = env.nonEmpty(s[0]);
      if (value.isPresent()) {
        return Optional.of(of(env, value.get(), s[0], s[1]));
      }
    }
    return Optional.empty();
  }

  private static CiBranch of(Environment env, String name, String variable, String commitVar) {
    Optional<String> commit =
        commitVar == null ? Optional.empty() : env.nonEmpty(commitVar).map(String::strip);
    return new CiBranch(name, variable, Optional.ofNullable(commitVar), commit);
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
