package dev.releasesentinel.github;

import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Tool;
import dev.releasesentinel.report.MarkdownLinks;
import dev.releasesentinel.report.Reports;
import java.util.Optional;

/**
 * What the publishers of one run share: the runner log, the inputs and context, the markdown report
 * (rendered once), the JSON report's path once written, one gateway to GitHub's API (opened on
 * first use), and whether the step must fail.
 */
public final class Publication {

  private final RunnerLog log;
  private final ActionInputs inputs;
  private final ActionContext context;
  private final GitHubGateway.Factory gateways;
  private final RunReport report;
  private String markdown;
  private Optional<String> reportPath = Optional.empty();
  private boolean failed;
  private GitHubGateway gateway;

  Publication(
      RunnerLog log,
      ActionInputs inputs,
      ActionContext context,
      GitHubGateway.Factory gateways,
      RunReport report) {
    this.log = log;
    this.inputs = inputs;
    this.context = context;
    this.gateways = gateways;
    this.report = report;
  }

  public RunnerLog log() {
    return log;
  }

  public ActionInputs inputs() {
    return inputs;
  }

  public ActionContext context() {
    return context;
  }

  /**
   * The run's markdown report, redacted, with links to the commit, the config lines and the
   * workflow run, and where the report file is once it is written.
   */
  public String markdown() {
    if (markdown == null) {
      MarkdownLinks links =
          new MarkdownLinks(
              context.repositoryUrl(),
              context.checkRunSha(),
              context.runUrl(),
              reportPath,
              context.pullRequestEvent() ? MarkdownLinks.Next.PULL_REQUEST : MarkdownLinks.Next.CI,
              Optional.of(Tool.docs("docs/report-formats.md#markdown")));
      markdown =
          log.redactor()
              .redact(
                  Reports.renderer("markdown", new Reports.Options(false, links))
                      .orElseThrow()
                      .render(report));
    }
    return markdown;
  }

  /** The report in a format, plain (no colour). */
  static String render(String format, RunReport report) {
    return Reports.renderer(format, Reports.Options.PLAIN).orElseThrow().render(report);
  }

  /** The JSON report's path in the workspace, once it is written. */
  public Optional<String> reportPath() {
    return reportPath;
  }

  void reportWritten(String path) {
    reportPath = Optional.of(path);
  }

  /** The step must fail (exit 2): a later step would read a missing verdict. */
  public void fail() {
    failed = true;
  }

  public boolean failed() {
    return failed;
  }

  /** The gateway to GitHub's API, redacting what it sends; a warning and none when it cannot be. */
  Optional<GitHubGateway> gateway(String what) {
    if (gateway != null) {
      return Optional.of(gateway);
    }
    if (inputs.githubToken().isEmpty()) {
      log.warning(
          "cannot "
              + what
              + ": the github-token input is empty (pass github-token: ${{ github.token }})");
      return Optional.empty();
    }
    if (context.repository().isEmpty()) {
      log.warning("cannot " + what + ": GITHUB_REPOSITORY is not set");
      return Optional.empty();
    }
    try {
      gateway =
          new RedactingGateway(
              gateways.open(context, context.repository().get(), inputs.githubToken().get()),
              log.redactor());
      return Optional.of(gateway);
    } catch (GitHubApiException e) {
      apiWarning(what, e);
      return Optional.empty();
    }
  }

  /** What GitHub refused, why that usually is, and that the verdict stands. */
  void apiWarning(String what, GitHubApiException e) {
    StringBuilder b = new StringBuilder("release-sentinel could not ").append(what).append(": ");
    b.append(e.status() > 0 ? "HTTP " + e.status() + " " : "").append(e.getMessage()).append(". ");
    if (e.status() == 403) {
      if (context.forkRepository().isPresent()) {
        b.append("This pull request comes from ")
            .append(context.forkRepository().get())
            .append(", and the token of a pull request from a fork is read-only. ");
      } else {
        b.append(
            "Give the job the permissions it needs: 'pull-requests: write' for the comment,"
                + " 'checks: write' for the check run. ");
      }
    } else if (e.status() == 404) {
      b.append("Check that the token can see ")
          .append(context.repository().orElse("the repository"))
          .append(". ");
    } else if (e.status() == 0 || e.status() >= 500) {
      b.append("GitHub did not answer properly; re-run the job later to publish it. ");
    }
    b.append("The verdict is unchanged.");
    log.warning(b.toString());
    if (context.debug()) {
      log.debug(String.valueOf(e.getCause() == null ? e : e.getCause()));
    }
  }

  static String shortSha(String sha) {
    return sha.length() > 7 ? sha.substring(0, 7) : sha;
  }
}
