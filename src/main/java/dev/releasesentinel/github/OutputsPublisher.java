package dev.releasesentinel.github;

import dev.releasesentinel.engine.RunReport;

/**
 * The step's outputs: verdict, exit-code, report (the JSON report's workspace path, or empty) and
 * blockers. Outputs that cannot be written fail the step.
 */
final class OutputsPublisher implements Publisher {

  @Override
  public void publish(RunReport report, Publication p) {
    boolean written =
        StepFiles.writeOutputs(
            p.log(),
            p.context(),
            report.verdict(),
            report.exitCode(),
            p.reportPath().orElse(""),
            report.blockers().size());
    if (!written) {
      p.fail();
    }
  }
}
