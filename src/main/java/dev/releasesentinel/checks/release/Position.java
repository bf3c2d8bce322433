package dev.releasesentinel.checks.release;

/**
 * Where a manifest says something: its path relative to the repository root (with '/'), and the
 * 1-based line and column, 0 when unknown.
 */
record Position(String file, int line, int column) {

  static Position file(String file) {
    return new Position(file, 0, 0);
  }

  static Position of(String file, int line, int column) {
    return new Position(file, Math.max(line, 0), Math.max(column, 0));
  }

  /** {@code pom.xml:12:5}, {@code pom.xml:12} or {@code pom.xml}. */
  String describe() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
