package dev.releasesentinel.cli;

import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.log.Log;
import dev.releasesentinel.report.ReportFiles;
import dev.releasesentinel.report.Reports;
import dev.releasesentinel.report.TextReport;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where {@code check} puts a finished report: stdout in one format, and report files written whole
 * or not at all. A report nobody can read is no verdict: failing to write one is exit 2.
 */
final class ReportOutputs {

  private final Console console;
  private final Log log;
  private final String format;
  private final List<ReportTarget> targets;

  ReportOutputs(Console console, Log log, String format, List<ReportTarget> targets) {
    this.console = console;
    this.log = log;
    this.format = format;
    this.targets = List.copyOf(targets);
  }

  /**
   * Fails early (exit 2, nothing checked) when a report file could not be written; empty when all
   * can be.
   */
  java.util.Optional<Integer> checkWritable() {
    for (ReportTarget t : targets) {
      try {
        ReportFiles.checkWritable(t.path());
      } catch (IOException e) {
        return java.util.Optional.of(
            cannotWrite(
                t, e, "nothing was checked. Give --report a path in a writable directory."));
      }
    }
    return java.util.Optional.empty();
  }

  /** Prints the report and writes its files; the exit code. */
  int publish(RunReport report, boolean quiet, boolean color) {
    try {
      if (quiet && format.equals("text")) {
        console.out(TextReport.verdictLine(report, color) + "\n");
      } else {
        console.out(render(format, report, color));
      }
    } catch (StdStreams.WriteFailed e) {
      console.errLine(
          "release-sentinel: error: cannot write the "
              + format
              + " report to stdout: "
              + e.why()
              + "; the report is lost (the verdict was "
              + report.verdict()
              + ")");
      return Cli.EXIT_USAGE;
    }
    for (ReportTarget t : targets) {
      try {
        // Redacted again as a second line: the report is, but a renderer could add something.
        ReportFiles.writeAtomically(
            t.path(), console.redactor().redact(render(t.format(), report, false)));
        log.log(
            Log.Level.DEBUG,
            "report.written",
            "wrote the " + t.format() + " report to " + t.path(),
            Map.of("format", t.format(), "path", t.path().toString()));
      } catch (IOException e) {
        return cannotWrite(t, e, "the verdict was " + report.verdict());
      }
    }
    return report.exitCode();
  }

  private static String render(String format, RunReport report, boolean color) {
    return Reports.renderer(format, new Reports.Options(color)).orElseThrow().render(report);
  }

  /** Says which report could not be written and why, then what it means; the exit code. */
  private int cannotWrite(ReportTarget t, IOException e, String then) {
    console.errLine(
        "release-sentinel: error: cannot write the "
            + t.format()
            + " report to "
            + t.path()
            + ": "
            + ReportFiles.why(e)
            + "; "
            + then);
    log.trace(e);
    return Cli.EXIT_USAGE;
  }
}
