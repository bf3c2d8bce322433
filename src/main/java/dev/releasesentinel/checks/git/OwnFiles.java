package dev.releasesentinel.checks.git;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files this run writes, which {@code git.clean-tree} never counts (docs/checks/git.md): its
 * {@code --report} paths and the gate's own {@code .release-sentinel/} directory (where the Action
 * keeps its report), beside {@code --repo} and at the top of the working tree.
 *
 * @param files the report files, absolute
 * @param directories directories all of whose content is the gate's, absolute
 */
record OwnFiles(List<Path> files, List<Path> directories) {

  static final String DIRECTORY = ".release-sentinel";

  static final OwnFiles NONE = new OwnFiles(List.of(), List.of());

  OwnFiles {
    files = List.copyOf(files);
    directories = List.copyOf(directories);
  }

  static OwnFiles of(Path repository, List<Path> written) {
    List<Path> files = new ArrayList<>();
    for (Path p : written) {
      files.add(p.toAbsolutePath().normalize());
    }
    return new OwnFiles(files, List.of(repository.toAbsolutePath().normalize().resolve(DIRECTORY)));
  }

  /**
   * The paths inside {@code workTree}, '/'-separated and relative to it, as the status names them;
   * a directory ends with '/'.
   */
  Set<String> within(Path workTree) {
    Path root = workTree.toAbsolutePath().normalize();
    Set<String> rel = new LinkedHashSet<>();
    List<Path> dirs = new ArrayList<>(directories);
    dirs.add(root.resolve(DIRECTORY));
    for (Path d : dirs) {
      if (d.startsWith(root) && !d.equals(root)) {
        rel.add(root.relativize(d).toString().replace('\\', '/') + "/");
      }
    }
    for (Path f : files) {
      if (f.startsWith(root) && !f.equals(root)) {
        rel.add(root.relativize(f).toString().replace('\\', '/'));
      }
    }
    return rel;
  }

  /** Whether a path relative to the working tree is one of {@code own} (from {@link #within}). */
  static boolean covers(Set<String> own, String rel) {
    for (String p : own) {
      if (p.endsWith("/") ? rel.startsWith(p) || (rel + "/").equals(p) : rel.equals(p)) {
        return true;
      }
    }
    return false;
  }
}
