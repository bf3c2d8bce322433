package dev.releasesentinel.checks.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a repository's files for a test. */
final class Files {

  private Files() {}

  static Path write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static Reading.Declared declared(Reading r) {
    if (r instanceof Reading.Declared d) {
      return d;
    }
    throw new AssertionError("expected a declared version, got " + r);
  }

  static Declaration only(Reading r) {
    Reading.Declared d = declared(r);
    if (d.declarations().size() != 1) {
      throw new AssertionError("expected one declaration, got " + d);
    }
    return d.declarations().get(0);
  }
}
