package dev.releasesentinel.github;

import dev.releasesentinel.engine.RunReport;

/** The job summary: the markdown report and where the full report is (input job-summary). */
final class SummaryPublisher implements Publisher {

  @Override
  public void publish(RunReport report, Publication p) {
    if (!p.inputs().jobSummary()) {
      return;
    }
    StepFiles.writeSummary(
        p.log(),
        p.context(),
        p.markdown(),
        p.reportPath().map(r -> "The full report is in `" + r + "` in the workspace.").orElse(""));
  }
}
