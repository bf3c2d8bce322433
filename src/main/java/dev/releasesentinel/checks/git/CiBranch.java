package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.Environment;
import java.util.Optional;

/**
 * The branch a CI system says it is building, for a detached HEAD (spec section 3.1): {@code
 * GITHUB_REF} when it is {@code refs/heads/...}, then {@code GITHUB_HEAD_REF} (a pull request's
 * source branch), {@code CI_COMMIT_BRANCH} (GitLab), {@code BRANCH_NAME} (Jenkins).
 *
 * @param name the branch
 * @param variable the variable it came from
 */
record CiBranch(String name, String variable) {

  static final String VARIABLES =
      "GITHUB_REF (refs/heads/...), GITHUB_HEAD_REF, CI_COMMIT_BRANCH, BRANCH_NAME";

  private static final String HEADS = "refs/heads/";

  static Optional<CiBranch> from(Environment env) {
    Optional<String> ref = env.nonEmpty("GITHUB_REF");
    if (ref.isPresent() && ref.get().startsWith(HEADS) && ref.get().length() > HEADS.length()) {
      return Optional.of(new CiBranch(ref.get().substring(HEADS.length()), "GITHUB_REF"));
    }
    for (String v : new String[] {"GITHUB_HEAD_REF", "CI_COMMIT_BRANCH", "BRANCH_NAME"}) {
      Optional<String> value = env.nonEmpty(v);
      if (value.isPresent()) {
        return Optional.of(new CiBranch(value.get(), v));
      }
    }
    return Optional.empty();
  }
}
