package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.redact.Redactor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;

/** The questions {@link JGitProbe} answers by walking HEAD's history. */
final class JGitHistory {

  /** Whether the clone is shallow, asked only when a walk ends without an answer. */
  @FunctionalInterface
  interface Shallow {
    boolean read() throws CannotObserve;
  }

  private JGitHistory() {}

  /** Local and remote-tracking branches whose history contains HEAD, by short name. */
  static List<String> containing(Repository repo, Head head, Redactor redactor)
      throws CannotObserve {
    if (head.commit().isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try (RevWalk rw = new RevWalk(repo)) {
      RevCommit target = rw.parseCommit(ObjectId.fromString(head.commit().get()));
      List<Ref> refs =
          repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS, Constants.R_REMOTES);
      // Tips equal to HEAD first: no history walk needed for the common case.
      List<Ref> rest = new ArrayList<>();
      for (Ref r : refs) {
        if (r.isSymbolic() || r.getObjectId() == null) {
          continue; // refs/remotes/origin/HEAD and the like
        }
        if (ObjectId.isId(shortBranch(r.getName()))) {
          continue; // Azure Pipelines fetches into refs/remotes/origin/<commit id>: no branch
        }
        if (r.getObjectId().equals(target)) {
          names.add(shortBranch(r.getName()));
        } else {
          rest.add(r);
        }
      }
      for (Ref r : rest) {
        if (Thread.currentThread().isInterrupted()) {
          break;
        }
        RevCommit tip;
        try {
          RevObject o = rw.peel(rw.parseAny(r.getObjectId()));
          if (!(o instanceof RevCommit rc)) {
            continue;
          }
          tip = rc;
        } catch (MissingObjectException e) {
          continue;
        }
        if (rw.isMergedInto(target, tip)) {
          names.add(shortBranch(r.getName()));
        }
      }
    } catch (IOException e) {
      throw new CannotObserve(
          "cannot read the branches of "
              + JGitProbe.place(repo)
              + ": "
              + JGitProbe.said(e, redactor),
          e);
    }
    return List.copyOf(names);
  }

  /** {@code refs/heads/main} is {@code main}; {@code refs/remotes/origin/main} is {@code main}. */
  static String shortBranch(String ref) {
    if (ref.startsWith(Constants.R_HEADS)) {
      return ref.substring(Constants.R_HEADS.length());
    }
    if (ref.startsWith(Constants.R_REMOTES)) {
      String rest = ref.substring(Constants.R_REMOTES.length());
      int slash = rest.indexOf('/');
      return slash < 0 ? rest : rest.substring(slash + 1);
    }
    return ref;
  }

  /** Whether HEAD is in the history of {@code commit}: empty when this clone cannot tell. */
  static Optional<Boolean> headIsAncestorOf(
      Repository repo, Head h, String commit, Shallow shallow, Redactor redactor)
      throws CannotObserve {
    if (h.commit().isEmpty()) {
      return Optional.empty();
    }
    if (h.commit().get().equals(commit)) {
      return Optional.of(true);
    }
    try (RevWalk rw = new RevWalk(repo)) {
      RevCommit tip;
      try {
        tip = rw.parseCommit(ObjectId.fromString(commit));
      } catch (MissingObjectException | IllegalArgumentException e) {
        return Optional.empty(); // not in this clone
      }
      RevCommit target = rw.parseCommit(ObjectId.fromString(h.commit().get()));
      if (rw.isMergedInto(target, tip)) {
        return Optional.of(true);
      }
      // The walk ended at the shallow boundary: older history is not here to tell.
      return shallow.read() ? Optional.empty() : Optional.of(false);
    } catch (IOException e) {
      throw new CannotObserve(
          "cannot read the history of "
              + JGitProbe.place(repo)
              + ": "
              + JGitProbe.said(e, redactor),
          e);
    }
  }

  /** Which of {@code commits} HEAD descends from, found in one walk of its history. */
  static Set<String> reachableFromHead(
      Repository repo, Head h, Collection<String> commits, Redactor redactor) throws CannotObserve {
    Set<String> found = new HashSet<>();
    if (h.commit().isEmpty() || commits.isEmpty()) {
      return found;
    }
    Set<ObjectId> wanted = new HashSet<>();
    for (String c : commits) {
      wanted.add(ObjectId.fromString(c));
    }
    // One walk of HEAD's history, as `git tag --merged HEAD` does: each commit is looked up in the
    // set of tagged commits, so the cost is the history's length, whatever the number of tags.
    try (RevWalk rw = new RevWalk(repo)) {
      rw.setRetainBody(false);
      rw.markStart(rw.parseCommit(ObjectId.fromString(h.commit().get())));
      for (RevCommit c = rw.next(); c != null; c = rw.next()) {
        if (wanted.contains(c)) {
          found.add(c.name());
          if (found.size() == wanted.size()) {
            break;
          }
        }
      }
    } catch (IOException e) {
      throw new CannotObserve(
          "cannot read the history of "
              + JGitProbe.place(repo)
              + ": "
              + JGitProbe.said(e, redactor),
          e);
    }
    return found;
  }
}
