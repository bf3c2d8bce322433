package dev.releasesentinel.checks.git;

import java.util.Objects;
import java.util.Optional;

/**
 * HEAD of the repository.
 *
 * @param commit the full commit id, empty when the branch has no commit yet
 * @param branch the branch HEAD is attached to, empty when HEAD is detached
 * @param path the working tree (or repository) directory, for messages
 */
record Head(Optional<String> commit, Optional<String> branch, String path) {

  public Head {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(path, "path");
  }

  /** The first 7 characters of a commit id, as git prints them. */
  public static String shortId(String commit) {
    return commit.length() > 7 ? commit.substring(0, 7) : commit;
  }
}
