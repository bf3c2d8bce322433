package dev.releasesentinel.github;

import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The action's {@code record} input and output (docs/github-action.md): the decision record's path,
 * relative to the workspace, checked before any check runs, written whole or not at all, and named
 * in the step's {@code record} output once written.
 */
public final class ActionRecord {

  public static final String INPUT = "record";

  private final Path workspace;
  private final String given;

  private ActionRecord(Path workspace, String given) {
    this.workspace = workspace;
    this.given = given;
  }

  /** The record the inputs ask for, if any; a path that cannot take it is a usage problem. */
  public static Optional<ActionRecord> of(Environment env, ActionContext context)
      throws ActionInputException {
    Optional<String> raw = ActionInputs.raw(env, INPUT);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String p = raw.get();
    if (!p.equals(p.strip())) {
      throw new ActionInputException(
          java.util.List.of(
              "input 'record' has leading or trailing whitespace; remove it (a YAML block scalar"
                  + " '|' keeps the final newline: use a plain scalar)"));
    }
    ActionRecord r = new ActionRecord(context.workspace(), p);
    if (!r.path().startsWith(context.workspace().toAbsolutePath().normalize())) {
      throw new ActionInputException(
          java.util.List.of(
              "input 'record' (" + p + ") is outside the workspace (" + context.workspace() + ")"));
    }
    Optional<String> why = ReportFiles.refusal(r.path());
    if (why.isPresent()) {
      throw new ActionInputException(
          java.util.List.of("input 'record' (" + p + "): " + r.path() + " " + why.get()));
    }
    try {
      ReportFiles.checkWritable(r.path());
    } catch (IOException e) {
      throw new ActionInputException(
          java.util.List.of(
              "input 'record' (" + p + "): cannot write there: " + ReportFiles.why(e)));
    }
    return Optional.of(r);
  }

  /** The file, in the workspace. */
  public Path path() {
    return workspace.resolve(given).normalize();
  }

  /**
   * Writes the record and names it in the {@code record} output; false (said as an error
   * annotation) when either could not be written.
   */
  public boolean write(byte[] bytes, RunnerLog log, ActionContext context) {
    try {
      ReportFiles.writeAtomically(path(), new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      log.error(
          ActionReporter.TITLE,
          "cannot write the decision record to " + given + ": " + ReportFiles.why(e));
      return false;
    }
    if (context.outputFile().isPresent()) {
      try {
        StepOutputs.append(context.outputFile().get(), Map.of("record", given));
      } catch (IOException e) {
        log.error(
            ActionReporter.TITLE,
            "cannot write the step output 'record' to GITHUB_OUTPUT: " + ReportFiles.why(e));
        return false;
      }
    }
    return true;
  }

  /** Says why no record was written; the step then fails. */
  public void cannotWrite(String why, RunnerLog log) {
    log.error(ActionReporter.TITLE, "cannot write the decision record to " + given + ": " + why);
  }
}
