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
        containing = JGitHistory.containing(repository(), head(), redactor);
      }
      return containing;
    }
  }

  @Override
  public Optional<Boolean> headIsAncestorOf(String commit) throws CannotObserve {
    return JGitHistory.headIsAncestorOf(repository(), head(), commit, this::shallow, redactor);
  }

  @Override
  public java.util.Set<String> reachableFromHead(java.util.Collection<String> commits)
      throws CannotObserve {
    return JGitHistory.reachableFromHead(repository(), head(), commits, redactor);
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
                        } catch (CannotObserve e) { // one cause, reported once by the run
                          future.completeExceptionally(
                              e.sharedBy("the tag listing of remote '" + r + "'"));
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
