package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.ConfigFile;
import dev.releasesentinel.config.ConfigProblem;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Selection;
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
import dev.releasesentinel.log.Log;
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
    RunnerLog out = new RunnerLog(spec.commandLine().getOut());
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

    ActionInputs inputs;
    try {
      inputs = ActionInputs.read(env);
    } catch (ActionInputException e) {
      e.problems().forEach(p -> out.error("release-sentinel: " + p));
      return Cli.EXIT_USAGE;
    }
    ActionContext context = ActionContext.read(env);
    Path workspace = context.workspace();
    Path repo = workspace.resolve(inputs.workingDirectory()).normalize();
    if (!Files.isDirectory(repo)) {
      out.error(
          "release-sentinel: input 'working-directory' is '"
              + inputs.workingDirectory()
              + "', and "
              + repo
              + " is not a directory in the workspace");
      return Cli.EXIT_USAGE;
    }

    Gate gate = new Gate(env, root.clock, VersionInfo.VERSION, root.families());
    Gate.Request request =
        new Gate.Request(
            repo,
            configPath(inputs, workspace),
            inputs.environment(),
            inputs.version(),
            Selection.parse(inputs.only(), inputs.skip()).named("input 'only'", "input 'skip'"),
            Optional.empty(),
            false,
            false);
    Gate.Prepared prepared;
    try {
      prepared = gate.prepare(request);
    } catch (ConfigException e) {
      reportConfigProblems(out, e, workspace);
      return Cli.EXIT_USAGE;
    } catch (UsageException e) {
      for (String line : e.getMessage().split("\n")) {
        out.error("release-sentinel: " + line);
      }
      return Cli.EXIT_USAGE;
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
            root.clock);
    RunReport report = gate.run(prepared, new LoggingListener(log));

    ActionReporter reporter =
        new ActionReporter(out, inputs, context, CheckLocations.of(prepared.config()), gateways);
    return reporter.publish(report);
  }

  /**
   * The config input, relative to the workspace. The spec's default name that does not exist falls
   * back to the usual search (then the built-in defaults), since the runner passes an input's
   * default whether the workflow set it or not.
   */
  private static Optional<Path> configPath(ActionInputs inputs, Path workspace) {
    if (inputs.config().isEmpty()) {
      return Optional.empty();
    }
    Path p = workspace.resolve(inputs.config().get()).normalize();
    if (!Files.exists(p) && ConfigFile.DEFAULT_NAMES.contains(inputs.config().get())) {
      return Optional.empty();
    }
    return Optional.of(p);
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
    Annotations.limit(annotations, "config problems").forEach(out::annotate);
    out.text(
        "release-sentinel: the config has "
            + e.problems().size()
            + (e.problems().size() == 1 ? " problem" : " problems")
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
