package dev.releasesentinel.checks.git;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the working tree differs from the index and HEAD, path by path (paths relative to the working
 * tree, '/'-separated, sorted; an untracked directory ends with '/').
 *
 * @param staged changes in the index not yet committed
 * @param unstaged tracked files changed, deleted or added with intent-to-add in the working tree
 * @param untracked files that are neither tracked nor ignored (empty when not asked for)
 * @param conflicts paths with unresolved merge conflicts
 */
record TreeStatus(
    List<String> staged, List<String> unstaged, List<String> untracked, List<String> conflicts) {

  public TreeStatus {
    staged = List.copyOf(staged);
    unstaged = List.copyOf(unstaged);
    untracked = List.copyOf(untracked);
    conflicts = List.copyOf(conflicts);
  }

  public boolean clean() {
    return staged.isEmpty() && unstaged.isEmpty() && untracked.isEmpty() && conflicts.isEmpty();
  }

  /** Every path that makes the tree dirty, conflicts first, each path once. */
  public List<String> paths() {
    Set<String> all = new LinkedHashSet<>();
    for (List<String> l : List.of(conflicts, staged, unstaged, untracked)) {
      all.addAll(l);
    }
    return List.copyOf(all);
  }
}
