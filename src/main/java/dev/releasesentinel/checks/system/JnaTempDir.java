package dev.releasesentinel.checks.system;

import dev.releasesentinel.engine.Environment;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where JNA (under OSHI) unpacks its native library. JNA picks {@code $XDG_CACHE_HOME/JNA/temp},
 * else {@code ~/.cache/JNA/temp}, and falls back to {@code java.io.tmpdir} only when it cannot
 * create that directory. Two cases it gets wrong: a process with no home (a container run as a uid
 * without a passwd entry has {@code user.home} "?") makes JNA create {@code ?/.cache} in the
 * working directory, i.e. inside the repository being gated; and a relative XDG_CACHE_HOME does the
 * same. Before OSHI starts, this points {@code jna.tmpdir} at {@code java.io.tmpdir} whenever the
 * cache directory is relative or cannot be written, so JNA never writes where it should not.
 */
final class JnaTempDir {

  static final String PROPERTY = "jna.tmpdir";

  private JnaTempDir() {}

  /**
   * The directory to give JNA, or empty to leave JNA's own choice alone.
   *
   * @param xdgCacheHome the XDG_CACHE_HOME variable, if set
   * @param userHome the user.home system property
   * @param tmpdir the java.io.tmpdir system property
   */
  static Optional<String> override(Optional<String> xdgCacheHome, String userHome, String tmpdir) {
    Path cacheDir;
    try {
      cacheDir =
          xdgCacheHome.filter(s -> !s.isBlank()).isPresent()
              ? Path.of(xdgCacheHome.get())
              : Path.of(userHome == null ? "" : userHome, ".cache");
    } catch (InvalidPathException e) {
      return Optional.of(tmpdir);
    }
    Path jnaDir = cacheDir.resolve("JNA").resolve("temp");
    if (!jnaDir.isAbsolute() || !writableOrCreatable(jnaDir)) {
      return Optional.of(tmpdir);
    }
    return Optional.empty();
  }

  /** Sets jna.tmpdir when it is not set already and JNA's own choice would go wrong. */
  static void apply(Environment env) {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    override(
            env.get("XDG_CACHE_HOME"),
            System.getProperty("user.home"),
            System.getProperty("java.io.tmpdir"))
        .ifPresent(dir -> System.setProperty(PROPERTY, dir));
  }

  /** The directory exists and is writable, or its nearest existing ancestor is. */
  static boolean writableOrCreatable(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) && Files.isWritable(p);
      }
    }
    return false;
  }
}
