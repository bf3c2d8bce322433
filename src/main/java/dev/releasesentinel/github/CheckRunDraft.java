package dev.releasesentinel.github;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.report.MarkdownReport;
import dev.releasesentinel.report.Reports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check run of a finished run (docs/github-action.md): named after the environment, the
 * verdict's conclusion, the markdown report as summary, the details of what did not pass as text,
 * and an annotation on the config line of every problem, all redacted and within the API's limits.
 */
final class CheckRunDraft {

  /** Check-run annotation titles are cut here (checks API). */
  private static final int TITLE_CHARS = 255;

  private static final String TRUNCATED =
      "\n\n> **Truncated** at "
          + Limits.CHECK_RUN_CHARS
          + " characters. The job summary and the report file have everything.\n";

  private CheckRunDraft() {}

  static String name(Optional<String> environment) {
    return "release-sentinel" + environment.map(e -> " (" + e + ")").orElse("");
  }

  static GitHubGateway.Conclusion conclusion(RunReport r) {
    return switch (r.verdict()) {
      case SAFE -> GitHubGateway.Conclusion.SUCCESS;
      case BLOCKED -> GitHubGateway.Conclusion.FAILURE;
      case CRITICAL -> GitHubGateway.Conclusion.ACTION_REQUIRED;
    };
  }

  /** {@code markdown} is the run's markdown report, already redacted. */
  static GitHubGateway.NewCheckRun of(
      RunReport report,
      String markdown,
      Optional<String> environment,
      String headSha,
      Optional<String> detailsUrl,
      Path workspace,
      Redactor redactor) {
    GitHubGateway.CheckOutput output =
        new GitHubGateway.CheckOutput(
            redactor.redact(title(report)),
            Limits.fitChars(markdown, Limits.CHECK_RUN_CHARS, TRUNCATED),
            details(report)
                .map(t -> Limits.fitChars(redactor.redact(t), Limits.CHECK_RUN_CHARS, TRUNCATED)),
            annotations(report, workspace, redactor));
    return new GitHubGateway.NewCheckRun(
        name(environment),
        headSha,
        conclusion(report),
        detailsUrl,
        Optional.of(report.startedAt()),
        Optional.of(report.startedAt().plus(report.duration())),
        output);
  }

  /** The summary line: the verdict, the blockers by id, the counts (docs/report-formats.md). */
  static String title(RunReport r) {
    return Reports.summaryLine(r);
  }

  /** The details of every check that did not pass, rendered by the report package. */
  static Optional<String> details(RunReport r) {
    StringBuilder b = new StringBuilder();
    for (CheckResult c : r.results()) {
      List<String> lines = Reports.detailLines(c);
      if (c.status() == Status.PASS || lines.isEmpty()) {
        continue;
      }
      b.append("#### ")
          .append(MarkdownReport.escape(c.id().value()))
          .append(' ')
          .append(c.status())
          .append("\n\n");
      lines.forEach(l -> b.append("- ").append(MarkdownReport.escape(l)).append('\n'));
      b.append('\n');
    }
    return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
  }

  /** Every problem whose config line is known; the checks API needs a path and a line. */
  static List<GitHubGateway.CheckAnnotation> annotations(
      RunReport report, Path workspace, Redactor redactor) {
    List<GitHubGateway.CheckAnnotation> out = new ArrayList<>();
    for (Annotation a : Annotations.all(report, workspace)) {
      if (a.file().isEmpty()) {
        continue;
      }
      int line = Math.max(1, a.line());
      String title =
          a.title().length() > TITLE_CHARS ? a.title().substring(0, TITLE_CHARS) : a.title();
      out.add(
          new GitHubGateway.CheckAnnotation(
              a.file().get(),
              line,
              line,
              switch (a.level()) {
                case ERROR -> GitHubGateway.AnnotationLevel.FAILURE;
                case WARNING -> GitHubGateway.AnnotationLevel.WARNING;
                case NOTICE -> GitHubGateway.AnnotationLevel.NOTICE;
              },
              redactor.redact(title),
              redactor.redact(a.message())));
    }
    return out;
  }
}
