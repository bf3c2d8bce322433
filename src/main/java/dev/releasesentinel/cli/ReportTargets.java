package dev.releasesentinel.cli;

import dev.releasesentinel.report.ReportFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --report} paths, checked before anything runs: a path that can never take a report (a
 * directory, a device, a FIFO, a socket, a dangling symbolic link) or that names the same file as
 * another {@code --report} is refused, naming the path and why (docs/security.md, "Report files and
 * stdout").
 */
final class ReportTargets {

  private ReportTargets() {}

  /** Every problem, one a line, or empty. */
  static Optional<String> problem(List<ReportTarget> targets) {
    List<String> problems = new ArrayList<>();
    Map<Path, ReportTarget> seen = new LinkedHashMap<>();
    for (ReportTarget t : targets) {
      String flag = "--report " + t.format() + "=" + t.path();
      Optional<String> why = ReportFiles.refusal(t.path());
      if (why.isPresent()) {
        problems.add(flag + ": " + t.path().toAbsolutePath() + " " + why.get());
        continue;
      }
      ReportTarget before = seen.putIfAbsent(ReportFiles.identity(t.path()), t);
      if (before != null) {
        problems.add(
            flag
                + ": names the same file as --report "
                + before.format()
                + "="
                + before.path()
                + " ("
                + ReportFiles.identity(t.path())
                + "), so one report would overwrite the other: give each report its own path");
      }
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems));
  }
}
