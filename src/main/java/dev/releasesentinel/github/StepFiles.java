package dev.releasesentinel.github;

import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.report.ReportFiles;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The step's outputs and job summary, written the same way whether the gate ran or could not run: a
 * file that cannot be written is said on the runner log, never thrown.
 */
public final class StepFiles {

  private StepFiles() {}

  /**
   * The outputs {@code verdict}, {@code exit-code}, {@code report} (a workspace path, or empty) and
   * {@code blockers}; false when they could not be written (an error annotation says why).
   */
  public static boolean writeOutputs(
      RunnerLog log,
      ActionContext context,
      Verdict verdict,
      int exitCode,
      String report,
      int blockers) {
    if (context.outputFile().isEmpty()) {
      log.text("release-sentinel: note: GITHUB_OUTPUT is not set, so no step outputs are written");
      return true;
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("verdict", verdict.name());
    outputs.put("exit-code", Integer.toString(exitCode));
    outputs.put("report", report);
    outputs.put("blockers", Integer.toString(blockers));
    try {
      StepOutputs.append(context.outputFile().get(), outputs);
      return true;
    } catch (IOException e) {
      log.error(
          ActionReporter.TITLE,
          "cannot write the step outputs to GITHUB_OUTPUT: " + ReportFiles.why(e));
      return false;
    } catch (IllegalArgumentException e) {
      log.error(
          ActionReporter.TITLE,
          "cannot write the step outputs to GITHUB_OUTPUT: " + e.getMessage());
      return false;
    }
  }

  /** The job summary, if the runner gave a file for it: {@code markdown}, then {@code rest}. */
  public static void writeSummary(
      RunnerLog log, ActionContext context, String markdown, String rest) {
    if (context.summaryFile().isEmpty()) {
      return;
    }
    try {
      StepSummary.append(context.summaryFile().get(), markdown, rest);
    } catch (IOException e) {
      log.warning("cannot write the job summary: " + ReportFiles.why(e));
    }
  }
}
