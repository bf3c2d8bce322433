package dev.releasesentinel.github;

import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.ConfigProblem;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Tool;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.report.CannotRunReport;
import dev.releasesentinel.report.MarkdownLinks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules of action mode around one gate run (docs/github-action.md): the token masked before
 * anything else, the inputs and the run's context read, the working directory and config found in
 * the workspace, what the step says when the gate cannot run, and the publishers of a finished run.
 */
public final class ActionSession {

  /** The title of the gate's own error annotations. */
  private static final String TITLE = ActionReporter.TITLE;

  /** The step's exit code when the gate cannot run (docs/cli.md, "Exit codes"). */
  public static final int CANNOT_RUN = 2;

  private final RunnerLog out;
  private final ActionContext context;
  private final ActionInputs inputs;
  private final Path repo;
  private final Optional<Path> config;
  private final List<String> early;

  private ActionSession(
      RunnerLog out,
      ActionContext context,
      ActionInputs inputs,
      Path repo,
      Optional<Path> config,
      List<String> early) {
    this.out = out;
    this.context = context;
    this.inputs = inputs;
    this.repo = repo;
    this.config = config;
    this.early = early;
  }

  /** Why the gate cannot run, already said on the log; the step's exit code. */
  public static final class CannotRun extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exit;

    CannotRun(int exit) {
      super("the gate cannot run", null, false, false);
      this.exit = exit;
    }

    public int exit() {
      return exit;
    }
  }

  /**
   * Masks the tokens known before the config is read, reads the context (which never fails: it says
   * where the outputs and the summary go, which matters most when the gate cannot run), the inputs,
   * the working directory and the config's path.
   */
  public static ActionSession start(Environment env, RunnerLog out) throws CannotRun {
    List<String> early = new ArrayList<>();
    Stream.of(ActionInputs.rawToken(env), env.nonEmpty("GITHUB_TOKEN"))
        .flatMap(Optional::stream)
        .forEach(
            t -> {
              early.add(t);
              early.add(t.strip());
            });
    out.mask(early);
    ActionContext context = ActionContext.read(env);
    ActionInputs inputs;
    try {
      inputs = ActionInputs.read(env);
    } catch (ActionInputException e) {
      e.problems().forEach(p -> out.error(TITLE, p));
      throw cannotRun(out, context, summaryWanted(env), CannotRunReport.Cause.INPUTS, e.problems());
    }
    Path workspace = context.workspace();
    Optional<String> workDirProblem = ActionPaths.workingDirectoryProblem(inputs, workspace);
    if (workDirProblem.isPresent()) {
      out.error(TITLE, workDirProblem.get());
      throw cannotRun(
          out,
          context,
          inputs.jobSummary(),
          CannotRunReport.Cause.INPUTS,
          List.of(workDirProblem.get()));
    }
    Path repo = workspace.resolve(inputs.workingDirectory()).normalize();
    Optional<String> configProblem = ActionPaths.configProblem(inputs, workspace);
    if (configProblem.isPresent()) {
      out.error(TITLE, configProblem.get());
      throw cannotRun(
          out,
          context,
          inputs.jobSummary(),
          CannotRunReport.Cause.INPUTS,
          configProblem.stream().toList());
    }
    return new ActionSession(
        out, context, inputs, repo, ActionPaths.config(inputs, workspace, repo), early);
  }

  public ActionInputs inputs() {
    return inputs;
  }

  public ActionContext context() {
    return context;
  }

  /** The repository: the working directory in the workspace. */
  public Path repo() {
    return repo;
  }

  /** The config file, if the inputs name one that exists; else the usual search in the repo. */
  public Optional<Path> config() {
    return config;
  }

  /** Says what runs and what to know before it starts. */
  public void started(List<String> notes) {
    out.text("release-sentinel: " + context.describe());
    context.warnings().forEach(w -> out.warning("release-sentinel: " + w));
    notes.forEach(n -> out.text("release-sentinel: note: " + n));
  }

  /** The config's problems as error annotations on its lines; the step's exit code. */
  public int badConfig(ConfigException e) {
    List<Annotation> annotations = new ArrayList<>();
    for (ConfigProblem p : e.problems()) {
      Optional<String> file = Annotations.relative(p.location().file(), context.workspace());
      annotations.add(
          new Annotation(
              Annotation.Level.ERROR,
              "release-sentinel: invalid config",
              file,
              file.isPresent() ? p.location().line() : 0,
              file.isPresent() ? p.location().column() : 0,
              p.toString()));
    }
    Annotations.limit(annotations, "config problems", Annotations.PER_LEVEL - out.count("error"))
        .forEach(out::annotate);
    out.text(
        "release-sentinel: the config has "
            + e.total()
            + (e.total() == 1 ? " problem" : " problems")
            + "; nothing was run");
    List<String> reasons = e.problems().stream().map(ConfigProblem::toString).toList();
    return cannotRun(out, context, inputs.jobSummary(), CannotRunReport.Cause.CONFIG, reasons)
        .exit();
  }

  /** A usage problem (nothing to check, a bad selection) as error annotations; the exit code. */
  public int badUsage(String message) {
    List<String> reasons = message.lines().toList();
    reasons.forEach(line -> out.error(TITLE, line));
    return cannotRun(out, context, inputs.jobSummary(), CannotRunReport.Cause.USAGE, reasons)
        .exit();
  }

  /** Publishes the finished run; the step's exit code. */
  public int publish(RunReport run, GitHubGateway.Factory gateways) {
    return new ActionReporter(out, inputs, context, gateways).publish(reported(run));
  }

  /**
   * The run as it is reported: the checks examined the workspace as checked out; the report names
   * the commit under review.
   */
  public RunReport reported(RunReport run) {
    return context.reportCommit().map(run::withCommit).orElse(run);
  }

  /** The tokens masked before the config was read. */
  public List<String> earlySecrets() {
    return List.copyOf(early);
  }

  /**
   * Whether to write the job summary when the inputs could not be read: yes unless the job-summary
   * input itself says false.
   */
  private static boolean summaryWanted(Environment env) {
    return !ActionInputs.raw(env, "job-summary")
        .map(String::strip)
        .orElse("")
        .equalsIgnoreCase("false");
  }

  /**
   * The gate cannot run (bad inputs, bad config, bad usage): CRITICAL, exit 2. The error
   * annotations are already printed; the outputs and the job summary still say so, for the {@code
   * if: always()} steps that read them.
   */
  private static CannotRun cannotRun(
      RunnerLog out,
      ActionContext context,
      boolean summary,
      CannotRunReport.Cause cause,
      List<String> reasons) {
    List<String> redacted = reasons.stream().map(out.redactor()::redact).toList();
    StepFiles.writeOutputs(out, context, Verdict.CRITICAL, CANNOT_RUN, "", 0);
    if (summary) {
      StepFiles.writeSummary(out, context, cannotRunSummary(context, cause, redacted), "");
    }
    out.text(
        "release-sentinel: the gate could not run, so the verdict is CRITICAL; the step exits"
            + " with "
            + CANNOT_RUN);
    return new CannotRun(CANNOT_RUN);
  }

  /**
   * The job summary of a gate that could not run: what to fix, config problems linked to their line
   * at the commit, and the command that checks the config first.
   */
  static String cannotRunSummary(
      ActionContext context, CannotRunReport.Cause cause, List<String> reasons) {
    MarkdownLinks links =
        new MarkdownLinks(
            context.repositoryUrl(),
            context.checkRunSha(),
            context.runUrl(),
            Optional.empty(),
            MarkdownLinks.Next.CI,
            Optional.of(Tool.docs("docs/report-formats.md#markdown")));
    return CannotRunReport.render(cause, reasons, links, context.workspace(), Tool.VERSION);
  }
}
