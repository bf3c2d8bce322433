package dev.releasesentinel.engine;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where in the config file a check was declared: the file as the run named it, 1-based line and
 * column. Reports point at it (annotations, SARIF, Code Quality); checks from the built-in defaults
 * have none.
 */
public record Source(String file, int line, int column) {

  public Source {
    Objects.requireNonNull(file, "file");
    if (file.isEmpty() || line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "not a place in a file: " + file + ":" + line + ":" + column);
    }
  }

  /**
   * Where a check of the built-in defaults (which no file declares) would be configured: the config
   * file's default name at the repository's root. Formats that need a file for every result point
   * there, line 1.
   */
  public static final String DEFAULT_FILE = ".release-sentinel.yml";

  /**
   * The file as a path relative to {@code root} with forward slashes ({@code
   * deploy/.release-sentinel.yml}), when it is inside it; both resolved against the same working
   * directory, as the run named them.
   */
  public Optional<String> pathIn(String root) {
    try {
      Path base = Path.of(root).toAbsolutePath().normalize();
      Path at = Path.of(file).toAbsolutePath().normalize();
      if (!at.startsWith(base) || at.equals(base)) {
        return Optional.empty();
      }
      return Optional.of(base.relativize(at).toString().replace('\\', '/'));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
