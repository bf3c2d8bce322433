package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.ConfigProblem;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Selection;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.github.ActionContext;
import dev.releasesentinel.github.ActionInputException;
import dev.releasesentinel.github.ActionInputs;
import dev.releasesentinel.github.ActionReporter;
import dev.releasesentinel.github.Annotation;
import dev.releasesentinel.github.Annotations;
import dev.releasesentinel.github.CheckLocations;
import dev.releasesentinel.github.GitHubGateway;
import dev.releasesentinel.github.KohsukeGateway;
import dev.releasesentinel.github.RunnerLog;
import dev.releasesentinel.github.StepFiles;
import dev.releasesentinel.log.Log;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code action}: the GitHub Action entry point (spec section 6). Inputs come from {@code INPUT_*},
 * the run's context from {@code GITHUB_*} and the event payload; everything goes to stdout as the
 * runner reads it, secrets masked before any other line.
 */
@Command(name = "action", description = "GitHub Action entrypoint (reads INPUT_* and GITHUB_*).")
final class ActionCommand implements Callable<Integer> {

  /** The title of the gate's own error annotations. */
  private static final String TITLE = ActionReporter.TITLE;

  @ParentCommand RootCommand root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  /**
   * How the REST side is reached; tests point the context's API URL at a local server. A lambda,
   * not a method reference: github-api's classes load only when the gateway is opened.
   */
  GitHubGateway.Factory gateways =
      (context, repository, token) -> KohsukeGateway.open(context, repository, token);

  @Override
  public Integer call() {
    Environment env = root.env;
    RunnerLog out = new RunnerLog(spec.commandLine().getOut(), root.redactor);
    // Tokens are the secrets known before the config is read: mask them before anything else.
    List<String> early = new ArrayList<>();
    Stream.of(ActionInputs.rawToken(env), env.nonEmpty("GITHUB_TOKEN"))
        .flatMap(Optional::stream)
        .forEach(
            t -> {
              early.add(t);
              early.add(t.strip());
            });
    out.mask(early);

    // Reading the context never fails: it tells where the outputs and the summary go, which
    // matters most when the gate cannot run.
    ActionContext context = ActionContext.read(env);
    ActionInputs inputs;
    try {
      inputs = ActionInputs.read(env);
    } catch (ActionInputException e) {
      e.problems().forEach(p -> out.error(TITLE, p));
      return cannotRun(out, context, summaryWanted(env), e.problems());
    }
    Path workspace = context.workspace();
    Optional<String> workDirProblem = workingDirectoryProblem(inputs, workspace);
    if (workDirProblem.isPresent()) {
      out.error(TITLE, workDirProblem.get());
      return cannotRun(out, context, inputs.jobSummary(), List.of(workDirProblem.get()));
    }
    Path repo = workspace.resolve(inputs.workingDirectory()).normalize();

    Optional<Path> config;
    try {
      config = configPath(inputs, workspace, repo);
    } catch (UsageException e) {
      out.error(TITLE, e.getMessage());
      return cannotRun(out, context, inputs.jobSummary(), List.of(e.getMessage()));
    }

    Gate gate = new Gate(env, root.clock, VersionInfo.VERSION, root.families(), root.redactor);
    Gate.Request request =
        new Gate.Request(
            repo,
            config,
            inputs.environment(),
            inputs.version(),
            Selection.parse(inputs.only(), inputs.skip()).named("input 'only'", "input 'skip'"),
            Optional.empty(),
            false,
            false,
            inputs.deploy(),
            List.of());
    Gate.Prepared prepared;
    try {
      prepared = gate.prepare(request);
    } catch (ConfigException e) {
      reportConfigProblems(out, e, workspace);
      List<String> reasons = new ArrayList<>();
      e.problems().forEach(p -> reasons.add(p.toString()));
      return cannotRun(out, context, inputs.jobSummary(), reasons);
    } catch (UsageException e) {
      List<String> reasons = List.of(e.getMessage().split("\n"));
      reasons.forEach(line -> out.error(TITLE, line));
      return cannotRun(out, context, inputs.jobSummary(), reasons);
    }

    // Every secret the config names, registered before anything about the run is printed.
    List<String> secrets = new ArrayList<>(early);
    secrets.addAll(prepared.secrets());
    out.mask(secrets);

    out.text("release-sentinel: " + context.describe());
    context.warnings().forEach(w -> out.warning("release-sentinel: " + w));
    prepared.notes().forEach(n -> out.text("release-sentinel: note: " + n));
    Log log =
        new Log(
            lineWriter(out),
            Log.Format.TEXT,
            context.debug() ? Log.Level.DEBUG : Log.Level.WARN,
            root.clock,
            root.redactor);
    RunReport run = gate.run(prepared, new LoggingListener(log));
    // The checks examined the workspace as checked out; the report names the commit under review.
    RunReport report = context.reportCommit().map(run::withCommit).orElse(run);

    ActionReporter reporter =
        new ActionReporter(out, inputs, context, CheckLocations.of(prepared.config()), gateways);
    return reporter.publish(report);
  }

  /**
   * Why the working-directory input cannot be used: it is not a directory, or it leaves the
   * workspace (normalised, and by its real path when it exists, so a symlink cannot lead out).
   */
  private static Optional<String> workingDirectoryProblem(ActionInputs inputs, Path workspace) {
    String given = inputs.workingDirectory();
    Path ws = workspace.toAbsolutePath().normalize();
    Path repo = ws.resolve(given).normalize();
    String named = "input 'working-directory' is '" + given + "', and " + repo;
    if (!repo.startsWith(ws)) {
      return Optional.of(named + " is outside the workspace (" + ws + ")");
    }
    if (!Files.isDirectory(repo)) {
      return Optional.of(named + " is not a directory in the workspace");
    }
    try {
      Path real = repo.toRealPath();
      Path realWs = ws.toRealPath();
      if (!real.startsWith(realWs)) {
        return Optional.of(
            named + " leads outside the workspace (" + realWs + ") to " + real + " by a link");
      }
    } catch (IOException e) {
      return Optional.of(named + " cannot be read (" + e.getMessage() + ")");
    }
    return Optional.empty();
  }

  /**
   * The config input, relative to the workspace. Only the action's default value may be missing,
   * since the runner passes it whether the workflow set it or not: then it is looked for in the
   * working directory first, then in the workspace, then by the usual search in the working
   * directory (then the built-in defaults). Any other name must exist.
   */
  static Optional<Path> configPath(ActionInputs inputs, Path workspace, Path repo)
      throws UsageException {
    if (inputs.config().isEmpty()) {
      return Optional.empty();
    }
    String given = inputs.config().get();
    Path p = workspace.resolve(given).normalize();
    if (given.equals(ActionInputs.DEFAULT_CONFIG)) {
      Path inRepo = repo.resolve(given).normalize();
      if (Files.exists(inRepo)) {
        return Optional.of(inRepo);
      }
      return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
    if (!Files.exists(p)) {
      throw new UsageException(
          "input 'config' is '"
              + given
              + "', and "
              + p
              + " does not exist (config file not found; paths are relative to the workspace)");
    }
    return Optional.of(p);
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
   * The gate cannot run (bad inputs, bad config, bad usage): CRITICAL, exit 2 (spec section 1). The
   * error annotations are already printed; the outputs and the job summary still say so, for the
   * {@code if: always()} steps that read them.
   */
  private static int cannotRun(
      RunnerLog out, ActionContext context, boolean summary, List<String> reasons) {
    List<String> redacted = reasons.stream().map(out.redactor()::redact).toList();
    StepFiles.writeOutputs(out, context, Verdict.CRITICAL, Cli.EXIT_USAGE, "", 0);
    if (summary) {
      StepFiles.writeSummary(out, context, cannotRunSummary(redacted), "");
    }
    out.text(
        "release-sentinel: the gate could not run, so the verdict is CRITICAL; the step exits"
            + " with "
            + Cli.EXIT_USAGE);
    return Cli.EXIT_USAGE;
  }

  /** The job summary of a gate that could not run: the reasons as given, in a code block. */
  static String cannotRunSummary(List<String> reasons) {
    String text = String.join("\n", reasons);
    String fence = "```";
    while (text.contains(fence)) {
      fence += "`";
    }
    return "## \uD83D\uDEA8 CRITICAL — the gate could not run\n\n"
        + "No check was run: the action's inputs or the config must be fixed first.\n\n"
        + fence
        + "text\n"
        + text
        + "\n"
        + fence
        + "\n";
  }

  /** Config problems as error annotations on the config file's lines, worst first as found. */
  private static void reportConfigProblems(RunnerLog out, ConfigException e, Path workspace) {
    List<Annotation> annotations = new ArrayList<>();
    for (ConfigProblem p : e.problems()) {
      Optional<String> file = Annotations.relative(p.location().file(), workspace);
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
  }

  /** A writer that hands the log's lines to the runner log (redacted and neutralised there). */
  private static PrintWriter lineWriter(RunnerLog out) {
    return new PrintWriter(
        new Writer() {
          private final StringBuilder line = new StringBuilder();

          @Override
          public synchronized void write(char[] cbuf, int off, int len) {
            for (int i = off; i < off + len; i++) {
              if (cbuf[i] == '\n') {
                out.text(line.toString());
                line.setLength(0);
              } else {
                line.append(cbuf[i]);
              }
            }
          }

          @Override
          public synchronized void flush() {}

          @Override
          public synchronized void close() {
            if (line.length() > 0) {
              out.text(line.toString());
              line.setLength(0);
            }
          }
        },
        true);
  }
}
