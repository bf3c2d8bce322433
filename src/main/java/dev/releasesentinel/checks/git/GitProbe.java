package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.CannotObserve;
import java.time.Duration;
import java.util.List;

/**
 * What the git checks read from the repository being released: one seam, implemented with JGit by
 * {@link JGitProbe}. Every method may be called from several checks at once; the expensive answers
 * (the repository itself, the remote's tags) are computed once per run.
 */
interface GitProbe {

  /** HEAD: the commit being released and the branch it is on, if HEAD is attached. */
  Head head() throws CannotObserve;

  /** The working tree against the index and HEAD; untracked files only when asked for. */
  TreeStatus status(boolean untracked) throws CannotObserve;

  /**
   * The status with the run's own files left out, as if ignored; and which of them exist in the
   * working tree ({@link OwnStatus#present}), for the check to say so.
   */
  OwnStatus status(boolean untracked, OwnFiles own) throws CannotObserve;

  /** A status and the run's own files that were left out of it. */
  record OwnStatus(TreeStatus status, java.util.List<String> present) {}

  /** Local and remote-tracking branches whose history contains HEAD, by short name. */
  List<String> branchesContainingHead() throws CannotObserve;

  /**
   * Whether HEAD is in the history of {@code commit} (or is it): empty when that cannot be told
   * here, because the commit is not in this clone or its history is cut by a shallow clone.
   */
  java.util.Optional<Boolean> headIsAncestorOf(String commit) throws CannotObserve;

  /**
   * Which of these commits HEAD descends from (HEAD itself included), found in one walk of HEAD's
   * history; commits not in this clone are never found.
   */
  java.util.Set<String> reachableFromHead(java.util.Collection<String> commits)
      throws CannotObserve;

  /** Whether the repository is a shallow clone (its history and tags may be incomplete). */
  boolean shallow() throws CannotObserve;

  /** Every tag in the local repository. */
  List<Tag> localTags() throws CannotObserve;

  /**
   * The tags of the configured remote, listed from the remote itself (works on a shallow clone
   * without tags). Listed once per run; later calls share the first answer.
   *
   * @param remote the remote's name, e.g. {@code origin}
   * @param timeout how long the listing may take at most
   */
  RemoteTags remoteTags(String remote, Duration timeout) throws CannotObserve;
}
