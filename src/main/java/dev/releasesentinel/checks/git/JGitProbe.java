package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.Unmasked;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The {@link GitProbe} over JGit. Nothing is read until a check asks; the repository is opened once
 * and shared by the checks of a run, and so is the remote's tag listing.
 *
 * <p>JGit does not refuse repositories owned by another user (native git's "dubious ownership"
 * check, {@code safe.directory}), which is what a container running as root over a CI workspace
 * needs.
 */
final class JGitProbe implements GitProbe {

  private final Repository repository;
  private final Environment environment;
  private final Redactor redactor;
  private volatile Head head;
  private volatile List<String> containing;
  private final Map<String, CompletableFuture<RemoteTags>> remotes = new ConcurrentHashMap<>();

  private JGitProbe(Repository repository, Environment environment, Redactor redactor) {
    this.repository = repository;
    this.environment = environment;
    this.redactor = redactor;
  }

  /**
   * The probe of the repository at or above {@code directory}, opened now; what JGit and the remote
   * say enters masked by {@code redactor}.
   */
  static JGitProbe open(Path directory, Environment environment, Redactor redactor)
      throws CannotObserve {
    return new JGitProbe(openRepository(directory, redactor), environment, redactor);
  }

  /** A probe whose redactor knows no secret (URL passwords are masked), for tools and tests. */
  static JGitProbe open(Path directory, Environment environment) throws CannotObserve {
    return open(directory, environment, Redactor.NONE);
  }

  Repository repository() {
    return repository;
  }

  static Repository openRepository(Path directory, Redactor redactor) throws CannotObserve {
    JGitRuntime.install();
    File start = directory.toAbsolutePath().normalize().toFile();
    if (!start.isDirectory()) {
      throw new CannotObserve(
          "not a git repository: " + start + " (no such directory); pass --repo DIR");
    }
    // findGitDir walks up like git does; the environment (GIT_DIR, ...) is deliberately not read:
    // the gate reads the process environment only through Environment.
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start);
    if (builder.getGitDir() == null) {
      throw new CannotObserve(
          "not a git repository: "
              + start
              + " (nor any of its parents); run in a git checkout or pass --repo DIR");
    }
    try {
      return builder.setMustExist(true).build();
    } catch (RepositoryNotFoundException e) {
      throw new CannotObserve("not a git repository: " + start, e);
    } catch (IOException | IllegalArgumentException e) {
      throw new CannotObserve(
          "cannot open the git repository at " + builder.getGitDir() + ": " + said(e, redactor), e);
    }
  }

  @Override
  public Head head() throws CannotObserve {
    Head h = head;
    if (h != null) {
      return h;
    }
    synchronized (this) {
      if (head == null) {
        head = readHead(repository());
      }
      return head;
    }
  }

  private Head readHead(Repository repo) throws CannotObserve {
    String where = place(repo);
    try {
      Ref ref = repo.exactRef(Constants.HEAD);
      if (ref == null) {
        throw new CannotObserve("HEAD is missing in " + where + ": the repository is broken");
      }
      Optional<String> branch = Optional.empty();
      if (ref.isSymbolic()) {
        String target = ref.getTarget().getName();
        branch =
            Optional.of(
                target.startsWith(Constants.R_HEADS)
                    ? target.substring(Constants.R_HEADS.length())
                    : target);
      }
      ObjectId id = ref.getObjectId();
      Optional<String> commit = Optional.empty();
      if (id != null) {
        try (RevWalk rw = new RevWalk(repo)) {
          RevObject o = rw.peel(rw.parseAny(id));
          commit = Optional.of(o.name());
        }
      }
      return new Head(commit, branch, where);
    } catch (MissingObjectException e) {
      throw new CannotObserve(
          "HEAD points at a missing object in " + where + ": " + said(e, redactor), e);
    } catch (IOException e) {
      throw new CannotObserve("cannot read HEAD in " + where + ": " + said(e, redactor), e);
    }
  }

  /** What JGit says of a failure: outside text (it may quote a path or a url), masked. */
  static String said(Throwable e, Redactor redactor) {
    return redactor.mask(Unmasked.of(String.valueOf(e.getMessage())));
  }

  /** The working tree, or the git directory of a bare repository. */
  static String place(Repository repo) {
    return repo.isBare() ? repo.getDirectory().toString() : repo.getWorkTree().toString();
  }

  @Override
  public TreeStatus status(boolean untracked) throws CannotObserve {
    Repository repo = repository();
    if (repo.isBare()) {
      throw new CannotObserve(
          "the repository at " + repo.getDirectory() + " is bare: it has no working tree to check");
    }
    try {
      return JGitTreeStatus.scan(repo, untracked);
    } catch (IOException e) {
      throw new CannotObserve(
          "cannot read the status of "
              + place(repo)
              + ": "
              + redactor.mask(Unmasked.of(JGitTreeStatus.explain(e))),
          e);
    }
  }

  @Override
  public OwnStatus status(boolean untracked, OwnFiles own) throws CannotObserve {
    Repository repo = repository();
    if (repo.isBare()) {
      throw new CannotObserve(
          "the repository at " + repo.getDirectory() + " is bare: it has no working tree to check");
    }
    java.util.Set<String> rel = own.within(repo.getWorkTree().toPath());
    List<String> present = new ArrayList<>();
    for (String p : rel) {
      if (new File(repo.getWorkTree(), p).exists()) {
        present.add(p);
      }
    }
    try {
      return new OwnStatus(JGitTreeStatus.scan(repo, untracked, rel), List.copyOf(present));
    } catch (IOException e) {
      throw new CannotObserve(
          "cannot read the status of "
              + place(repo)
              + ": "
              + redactor.mask(Unmasked.of(JGitTreeStatus.explain(e))),
          e);
    }
  }

  @Override
  public List<String> branchesContainingHead() throws CannotObserve {
    List<String> c = containing;
    if (c != null) {
      return c;
    }
    synchronized (this) {
      if (containing == null) {
        containing = findContaining(repository(), head());
      }
      return containing;
    }
  }

  private List<String> findContaining(Repository repo, Head head) throws CannotObserve {
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
          "cannot read the branches of " + place(repo) + ": " + said(e, redactor), e);
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

  @Override
  public Optional<Boolean> headIsAncestorOf(String commit) throws CannotObserve {
    Head h = head();
    if (h.commit().isEmpty()) {
      return Optional.empty();
    }
    if (h.commit().get().equals(commit)) {
      return Optional.of(true);
    }
    Repository repo = repository();
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
      return shallow() ? Optional.empty() : Optional.of(false);
    } catch (IOException e) {
      throw new CannotObserve(
          "cannot read the history of " + place(repo) + ": " + said(e, redactor), e);
    }
  }

  @Override
  public java.util.Set<String> reachableFromHead(java.util.Collection<String> commits)
      throws CannotObserve {
    Head h = head();
    java.util.Set<String> found = new java.util.HashSet<>();
    if (h.commit().isEmpty() || commits.isEmpty()) {
      return found;
    }
    java.util.Set<ObjectId> wanted = new java.util.HashSet<>();
    for (String c : commits) {
      wanted.add(ObjectId.fromString(c));
    }
    Repository repo = repository();
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
          "cannot read the history of " + place(repo) + ": " + said(e, redactor), e);
    }
    return found;
  }

  @Override
  public boolean shallow() throws CannotObserve {
    Repository repo = repository();
    return new File(repo.getCommonDirectory(), "shallow").isFile()
        || new File(repo.getDirectory(), "shallow").isFile();
  }

  /** Read once per run: tag-absent and version-order both ask. Guarded by this. */
  private List<Tag> localTags;

  @Override
  public synchronized List<Tag> localTags() throws CannotObserve {
    if (localTags == null) {
      localTags = readLocalTags();
    }
    return localTags;
  }

  private List<Tag> readLocalTags() throws CannotObserve {
    Repository repo = repository();
    List<Tag> tags = new ArrayList<>();
    try {
      for (Ref r : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        Ref peeled = repo.getRefDatabase().peel(r);
        ObjectId p = peeled.getPeeledObjectId();
        ObjectId id = p != null ? p : peeled.getObjectId();
        if (id == null) {
          continue;
        }
        tags.add(new Tag(r.getName().substring(Constants.R_TAGS.length()), id.name(), p != null));
      }
    } catch (IOException e) {
      throw new CannotObserve(
          "cannot read the tags of " + place(repo) + ": " + said(e, redactor), e);
    }
    return List.copyOf(tags);
  }

  @Override
  public RemoteTags remoteTags(String remote, Duration timeout) throws CannotObserve {
    Repository repo = repository();
    CompletableFuture<RemoteTags> f =
        remotes.computeIfAbsent(
            remote,
            r -> {
              CompletableFuture<RemoteTags> future = new CompletableFuture<>();
              Thread t =
                  new Thread(
                      () -> {
                        try {
                          future.complete(
                              JGitRemote.listTags(repo, r, timeout, environment, redactor));
                        } catch (Throwable e) { // handed to every waiting check
                          future.completeExceptionally(e);
                        }
                      },
                      "ls-remote-" + r);
              t.setDaemon(true);
              t.start();
              return future;
            });
    try {
      return f.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new CannotObserve(
          "cannot list the tags of remote '"
              + remote
              + "': no answer within "
              + Durations.format(timeout)
              + "; check the network, or raise --timeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CannotObserve("interrupted while listing the tags of remote '" + remote + "'");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CannotObserve g) {
        throw new CannotObserve(g.getMessage(), g);
      }
      throw new CannotObserve(
          "cannot list the tags of remote '"
              + remote
              + "': "
              + JGitRemote.scrub(
                  Unmasked.of(String.valueOf(cause)), JGitRemote.masks(redactor, Set.of())),
          cause);
    }
  }
}
