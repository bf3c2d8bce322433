package dev.releasesentinel.github;

import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON report in the workspace, one file per environment, in a directory that ignores itself
 * (so a later {@code git.clean-tree} in the same job does not see an untracked file). A report that
 * cannot be written fails the step: later steps read its path from the outputs.
 */
final class ReportFilePublisher implements Publisher {

  /** The JSON report's directory in the workspace; it carries its own {@code .gitignore}. */
  static final String REPORT_DIR = ActionReporter.REPORT_DIR;

  @Override
  public void publish(RunReport report, Publication p) {
    String name = name(p.inputs());
    try {
      Path dir = p.context().workspace().resolve(REPORT_DIR);
      Files.createDirectories(dir);
      Path ignore = dir.resolve(".gitignore");
      if (!Files.exists(ignore)) {
        Files.writeString(
            ignore,
            "# written by release-sentinel; ignore everything here\n*\n",
            StandardCharsets.UTF_8);
      }
      ReportFiles.writeAtomically(
          p.context().workspace().resolve(name),
          p.log().redactor().redact(Publication.render("json", report)));
      p.reportWritten(name);
    } catch (IOException e) {
      p.log()
          .error(
              ActionReporter.TITLE,
              "cannot write the JSON report in the workspace ("
                  + ReportFiles.why(e)
                  + "); the verdict was "
                  + report.verdict());
      p.fail();
    }
  }

  /** The report file's path relative to the workspace, one file per environment. */
  static String name(ActionInputs inputs) {
    String env =
        inputs.environment().map(e -> "-" + e.replaceAll("[^A-Za-z0-9._-]", "_")).orElse("");
    return REPORT_DIR + "/report" + env + ".json";
  }
}
