package dev.releasesentinel.github;

import dev.releasesentinel.engine.RunReport;
import java.util.List;
import java.util.Locale;

/**
 * Everything action mode does with a finished run (docs/github-action.md): a list of publishers, in
 * order. A second CI host would be a second list.
 */
public final class ActionReporter {

  /** The JSON report's directory in the workspace; it carries its own {@code .gitignore}. */
  public static final String REPORT_DIR = ".release-sentinel";

  /** The title of the gate's own error annotations. */
  public static final String TITLE = "release-sentinel";

  /** The GitHub Actions publishers, in the order they run. */
  static final List<Publisher> GITHUB_ACTIONS =
      List.of(
          new LogPublisher(),
          new ReportFilePublisher(),
          new OutputsPublisher(),
          new SummaryPublisher(),
          new CommentPublisher(),
          new CheckRunPublisher(),
          new AnnotationPublisher());

  private final RunnerLog log;
  private final ActionInputs inputs;
  private final ActionContext context;
  private final GitHubGateway.Factory gateways;

  public ActionReporter(
      RunnerLog log, ActionInputs inputs, ActionContext context, GitHubGateway.Factory gateways) {
    this.log = log;
    this.inputs = inputs;
    this.context = context;
    this.gateways = gateways;
  }

  /** Publishes the run; returns the step's exit code. */
  public int publish(RunReport run) {
    // The gate's report is redacted; this is the second line for a report made elsewhere.
    RunReport report = run.mapText(log.redactor()::redact);
    Publication p = new Publication(log, inputs, context, gateways, report);
    for (Publisher publisher : GITHUB_ACTIONS) {
      publisher.publish(report, p);
    }
    int exit = p.failed() ? 2 : inputs.failOn().exitCode(report.verdict());
    log.text(
        "release-sentinel: "
            + report.verdict()
            + " (exit code "
            + report.exitCode()
            + "); the step exits with "
            + exit
            + " (fail-on: "
            + inputs.failOn().name().toLowerCase(Locale.ROOT)
            + ")");
    return exit;
  }
}
