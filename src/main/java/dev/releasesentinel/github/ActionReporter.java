package dev.releasesentinel.github;

import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.report.ReportFiles;
import dev.releasesentinel.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything action mode does with a finished run (spec section 6): the report in the log,
 * annotations, the JSON report file in the workspace, step outputs, the job summary, the sticky PR
 * comment and the check run. What fails on GitHub's side is a warning and never changes the
 * verdict; what fails on the runner's own files makes the step fail (exit 2), since later steps
 * would read a missing verdict.
 */
public final class ActionReporter {

  /** The JSON report's directory in the workspace; it carries its own {@code .gitignore}. */
  public static final String REPORT_DIR = ".release-sentinel";

  /** The title of the gate's own error annotations. */
  public static final String TITLE = "release-sentinel";

  private final RunnerLog log;
  private final ActionInputs inputs;
  private final ActionContext context;
  private final Map<CheckId, Location> locations;
  private final GitHubGateway.Factory gateways;
  private GitHubGateway gateway;

  public ActionReporter(
      RunnerLog log,
      ActionInputs inputs,
      ActionContext context,
      Map<CheckId, Location> locations,
      GitHubGateway.Factory gateways) {
    this.log = log;
    this.inputs = inputs;
    this.context = context;
    this.locations = Map.copyOf(locations);
    this.gateways = gateways;
  }

  /** Publishes the run; returns the step's exit code. */
  public int publish(RunReport run) {
    // Redact the model before rendering: escaping could hide a secret from later redaction.
    RunReport report = run.mapText(log.redactor()::redact);
    int exit = inputs.failOn().exitCode(report.verdict());
    log.text(Reports.renderer("text", Reports.Options.PLAIN).orElseThrow().render(report));
    String markdown = redact(render("markdown", report));

    Optional<String> reportPath = Optional.empty();
    try {
      reportPath = Optional.of(writeReport(report));
    } catch (IOException e) {
      log.error(
          TITLE,
          "cannot write the JSON report in the workspace ("
              + ReportFiles.why(e)
              + "); the verdict was "
              + report.verdict());
      exit = 2;
    }
    if (!writeOutputs(report, reportPath)) {
      exit = 2;
    }
    if (inputs.jobSummary()) {
      writeSummary(markdown, reportPath);
    }
    commentOnPullRequest(report, markdown);
    if (inputs.checkRun()) {
      createCheckRun(report, markdown);
    }
    // The check annotations come last, in the room the step has left: the runner shows only the
    // first few errors and warnings of a step, and a warning that GitHub refused the comment or
    // the check run must be one of them.
    if (inputs.annotations()) {
      // A run that checked nothing has no failing check to annotate: say so on its own.
      report.nothingChecked().ifPresent(why -> log.error(TITLE, why));
      for (Annotation a :
          Annotations.of(
              report,
              locations,
              context.workspace(),
              Annotations.PER_LEVEL - log.count("error"),
              Annotations.PER_LEVEL - log.count("warning"))) {
        log.annotate(a);
      }
    }
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

  /** The report file's path relative to the workspace, one file per environment. */
  String reportName() {
    String env =
        inputs.environment().map(e -> "-" + e.replaceAll("[^A-Za-z0-9._-]", "_")).orElse("");
    return REPORT_DIR + "/report" + env + ".json";
  }

  private String writeReport(RunReport report) throws IOException {
    String name = reportName();
    Path dir = context.workspace().resolve(REPORT_DIR);
    Files.createDirectories(dir);
    Path ignore = dir.resolve(".gitignore");
    if (!Files.exists(ignore)) {
      // Ignored, so that a later git.clean-tree in the same job does not see an untracked file.
      Files.writeString(
          ignore,
          "# written by release-sentinel; ignore everything here\n*\n",
          StandardCharsets.UTF_8);
    }
    ReportFiles.writeAtomically(context.workspace().resolve(name), redact(render("json", report)));
    return name;
  }

  private boolean writeOutputs(RunReport report, Optional<String> reportPath) {
    return StepFiles.writeOutputs(
        log,
        context,
        report.verdict(),
        report.exitCode(),
        reportPath.orElse(""),
        report.blockers().size());
  }

  private void writeSummary(String markdown, Optional<String> reportPath) {
    StepFiles.writeSummary(
        log,
        context,
        markdown,
        reportPath.map(p -> "The full report is in `" + p + "` in the workspace.").orElse(""));
  }

  private void commentOnPullRequest(RunReport report, String markdown) {
    boolean wanted =
        switch (inputs.prComment()) {
          case AUTO -> context.pullRequestEvent();
          case ALWAYS -> true;
          case NEVER -> false;
        };
    if (!wanted) {
      return;
    }
    if (context.pullRequest().isEmpty()) {
      log.text(
          "release-sentinel: note: this "
              + (context.eventName().isEmpty() ? "run" : context.eventName() + " event")
              + " names no pull request, so there is no PR comment");
      return;
    }
    int pr = context.pullRequest().getAsInt();
    String what = "comment on pull request #" + pr;
    Optional<GitHubGateway> gw = gateway(what);
    if (gw.isEmpty()) {
      return;
    }
    boolean safe = report.verdict() == Verdict.SAFE;
    try {
      StickyComment.Result r =
          StickyComment.upsert(
              gw.get(),
              pr,
              StickyComment.marker(inputs.environment()),
              safe,
              commentBody(markdown),
              allClearBody(report, markdown));
      switch (r.action()) {
        case CREATED -> log.text("release-sentinel: commented on pull request #" + pr);
        case UPDATED -> log.text("release-sentinel: updated the comment on pull request #" + pr);
        case ALL_CLEAR ->
            log.text("release-sentinel: marked the comment on pull request #" + pr + " all clear");
        case NONE -> {}
      }
    } catch (GitHubApiException e) {
      apiWarning(what, e);
    }
  }

  private String commentBody(String markdown) {
    return markdown + footer();
  }

  private String allClearBody(RunReport report, String markdown) {
    String commit = context.checkRunSha().map(s -> " as of commit " + shortSha(s)).orElse("");
    return "**All clear:** the problems this comment reported earlier are resolved"
        + commit
        + ".\n\n"
        + markdown
        + footer();
  }

  private String footer() {
    List<String> parts = new ArrayList<>();
    context.runUrl().ifPresent(u -> parts.add("[workflow run](" + u + ")"));
    context.checkRunSha().ifPresent(s -> parts.add("commit " + shortSha(s)));
    return parts.isEmpty() ? "" : "\n<sub>" + String.join(" · ", parts) + "</sub>\n";
  }

  private void createCheckRun(RunReport report, String markdown) {
    String what = "create the check run";
    Optional<String> sha = context.checkRunSha();
    if (sha.isEmpty()) {
      log.warning("cannot " + what + ": GITHUB_SHA is not set and the event names no commit");
      return;
    }
    Optional<GitHubGateway> gw = gateway(what);
    if (gw.isEmpty()) {
      return;
    }
    GitHubGateway.NewCheckRun run =
        CheckRunDraft.of(
            report,
            markdown,
            inputs.environment(),
            sha.get(),
            context.runUrl(),
            locations,
            context.workspace(),
            log.redactor());
    try {
      CheckRunPublisher.publish(gw.get(), run);
      log.text(
          "release-sentinel: check run '"
              + run.name()
              + "' on "
              + shortSha(sha.get())
              + ": "
              + run.conclusion().name().toLowerCase(Locale.ROOT));
    } catch (GitHubApiException e) {
      apiWarning(what, e);
    }
  }

  private Optional<GitHubGateway> gateway(String what) {
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

  private void apiWarning(String what, GitHubApiException e) {
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

  private String render(String format, RunReport report) {
    return Reports.renderer(format, Reports.Options.PLAIN).orElseThrow().render(report);
  }

  private String redact(String s) {
    Redactor r = log.redactor();
    return r.redact(s);
  }

  private static String shortSha(String sha) {
    return sha.length() > 7 ? sha.substring(0, 7) : sha;
  }
}
