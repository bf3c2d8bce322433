package dev.releasesentinel.checks.git;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * git's ignore rules for one working tree, read lazily and shared by the threads of a status walk:
 * {@code .gitignore} of each directory (the deepest decides first), then {@code info/exclude}, then
 * {@code core.excludesFile} (default {@code $XDG_CONFIG_HOME/git/ignore}). As in git, a path inside
 * an ignored directory is ignored whatever its own rules say.
 */
final class JGitIgnores {

  private final Path workTree;
  private final List<IgnoreNode> outer = new ArrayList<>();
  private final Map<String, Optional<IgnoreNode>> perDirectory = new ConcurrentHashMap<>();
  private final Map<String, Boolean> directoryIgnored = new ConcurrentHashMap<>();

  private final Set<String> own;

  JGitIgnores(Repository repo) {
    this(repo, Set.of());
  }

  /** With the run's own files ({@link OwnFiles#within}) ignored as well. */
  JGitIgnores(Repository repo, Set<String> own) {
    this.own = Set.copyOf(own);
    this.workTree = repo.getWorkTree().toPath();
    read(new File(repo.getCommonDirectory(), "info/exclude").toPath()).ifPresent(outer::add);
    String excludes = repo.getConfig().getString("core", null, "excludesfile");
    Path global;
    if (excludes != null && !excludes.isEmpty()) {
      global =
          excludes.startsWith("~/")
              ? FS.DETECTED.userHome().toPath().resolve(excludes.substring(2))
              : Path.of(excludes);
    } else {
      Path xdg = SystemReader.getInstance().getXdgConfigDirectory(FS.DETECTED);
      global = xdg == null ? null : xdg.resolve("git").resolve("ignore");
    }
    if (global != null) {
      read(global).ifPresent(outer::add);
    }
  }

  /**
   * Whether {@code rel} ('/'-separated, relative to the working tree) is ignored.
   *
   * @param directory whether it is a directory (patterns ending in '/' match only those)
   */
  boolean isIgnored(String rel, boolean directory) {
    if (!own.isEmpty() && OwnFiles.covers(own, directory ? rel + "/" : rel)) {
      return true;
    }
    int slash = rel.lastIndexOf('/');
    if (slash > 0 && directoryIgnored(rel.substring(0, slash))) {
      return true;
    }
    return matches(rel, directory);
  }

  private boolean directoryIgnored(String dir) {
    Boolean known = directoryIgnored.get(dir);
    if (known != null) {
      return known;
    }
    int slash = dir.lastIndexOf('/');
    boolean ignored =
        (slash > 0 && directoryIgnored(dir.substring(0, slash))) || matches(dir, true);
    directoryIgnored.put(dir, ignored);
    return ignored;
  }

  /** The rules alone, from the deepest .gitignore up to the global excludes. */
  private boolean matches(String rel, boolean directory) {
    int slash = rel.lastIndexOf('/');
    String dir = slash < 0 ? "" : rel.substring(0, slash);
    while (true) {
      Optional<IgnoreNode> node = node(dir);
      if (node.isPresent()) {
        String sub = dir.isEmpty() ? rel : rel.substring(dir.length() + 1);
        Boolean r = node.get().checkIgnored(sub, directory);
        if (r != null) {
          return r;
        }
      }
      if (dir.isEmpty()) {
        break;
      }
      int up = dir.lastIndexOf('/');
      dir = up < 0 ? "" : dir.substring(0, up);
    }
    for (IgnoreNode node : outer) {
      Boolean r = node.checkIgnored(rel, directory);
      if (r != null) {
        return r;
      }
    }
    return false;
  }

  private Optional<IgnoreNode> node(String dir) {
    return perDirectory.computeIfAbsent(
        dir, d -> read((d.isEmpty() ? workTree : workTree.resolve(d)).resolve(".gitignore")));
  }

  private static Optional<IgnoreNode> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = Files.newInputStream(file)) {
      node.parse(file.toString(), in);
    } catch (IOException e) {
      return Optional.empty(); // git skips an unreadable ignore file too
    }
    return node.getRules().isEmpty() ? Optional.empty() : Optional.of(node);
  }
}
