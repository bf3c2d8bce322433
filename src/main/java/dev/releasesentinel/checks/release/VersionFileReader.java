package dev.releasesentinel.checks.release;

import java.nio.file.Path;
import java.util.List;

/**
 * A plain VERSION file: its first non-blank line, trimmed. A second non-blank line makes it
 * something else than a version file, which is reported rather than guessed at.
 */
final class VersionFileReader implements ManifestReader {

  @Override
  public Reading read(Path repository, String file) {
    try {
      List<String> lines = ManifestText.text(repository, file).lines().toList();
      Declaration found = null;
      for (int i = 0; i < lines.size(); i++) {
        String t = lines.get(i).strip();
        if (t.isEmpty()) {
          continue;
        }
        if (found != null) {
          Position at = Position.of(file, i + 1, 1);
          return new Reading.Unreadable(
              at.describe() + ": a version file holds one line; this one has more", at);
        }
        found = Declaration.at("version", t, Position.of(file, i + 1, 1));
      }
      return found == null
          ? new Reading.Absent(file + " is empty")
          : new Reading.Declared(List.of(found));
    } catch (ManifestText.Unreadable e) {
      return e.reading(file);
    }
  }
}
