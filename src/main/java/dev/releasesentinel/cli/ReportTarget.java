package dev.releasesentinel.cli;

import java.nio.file.Path;

/** A report file to write: {@code --report FORMAT=PATH}. */
record ReportTarget(String format, Path path) {}
