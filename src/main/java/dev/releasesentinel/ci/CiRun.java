package dev.releasesentinel.ci;

import java.util.Objects;
import java.util.Optional;

/**
 * What the CI host says about this run, in one shape for every host (docs/ci-hosts.md).
 *
 * @param host the CI host, {@link CiHost#NONE} outside CI
 * @param trigger what started the run
 * @param branch the branch being built (a pull request's source branch), with its variable
 * @param tag the tag that triggered the run, with its variable
 * @param commit the commit the host says it builds, with its variable (absent where the host's
 *     commit is not the checked-out one, e.g. GitHub's pull request merge commit)
 * @param pullRequest the pull or merge request's number
 * @param targetBranch the branch a pull or merge request goes into
 */
public record CiRun(
    CiHost host,
    Trigger trigger,
    Optional<Named> branch,
    Optional<Named> tag,
    Optional<Named> commit,
    Optional<String> pullRequest,
    Optional<String> targetBranch) {

  /** What started a run. */
  public enum Trigger {
    BRANCH,
    TAG,
    PULL_REQUEST,
    UNKNOWN
  }

  /** A value and the variable it came from, e.g. {@code main} from {@code CI_COMMIT_BRANCH}. */
  public record Named(String value, String variable) {
    public Named {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(variable, "variable");
    }
  }

  public CiRun {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(pullRequest, "pullRequest");
    Objects.requireNonNull(targetBranch, "targetBranch");
  }

  /** Outside CI, or on a host that names nothing. */
  public static CiRun none(CiHost host) {
    return new CiRun(
        host,
        Trigger.UNKNOWN,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Whether the run was started by pushing this tag. */
  public boolean triggeredBy(String tagName) {
    return tag.isPresent() && tag.get().value().equals(tagName);
  }
}
