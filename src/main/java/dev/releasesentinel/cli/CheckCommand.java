package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.Units;
import dev.releasesentinel.engine.ProgressEvent;
import dev.releasesentinel.engine.ProgressListener;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Selection;
import dev.releasesentinel.log.Log;
import dev.releasesentinel.report.ReportFiles;
import dev.releasesentinel.report.ReportRenderer;
import dev.releasesentinel.report.Reports;
import dev.releasesentinel.report.TextReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: run the gate and print the verdict; exit 0 SAFE, 1 BLOCKED, 2 CRITICAL. */
@Command(
    name = "check",
    mixinStandardHelpOptions = false,
    description = "Run the gate: is this release safe to deploy right now?")
final class CheckCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin HelpOption help;

  @Mixin ConfigOptions where;

  @Mixin ProfileOption profile;

  @Option(
      names = "--version",
      paramLabel = "VERSION",
      description =
          "The release being gated, e.g. v1.4.2 (default: the tag in GITHUB_REF, CI_COMMIT_TAG or"
              + " TAG_NAME).")
  String version;

  @Option(
      names = "--only",
      paramLabel = "LIST",
      description = "Comma list of check ids or prefixes to run.")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--skip",
      paramLabel = "LIST",
      description = "Comma list of check ids or prefixes to skip.")
  List<String> skip = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FMT",
      description = "stdout format: text (default), json, junit, markdown.")
  String format = "text";

  @Option(
      names = "--report",
      paramLabel = "FMT=PATH",
      description = "Also write a report file (json, junit, markdown, text); repeatable.")
  List<String> reports = new ArrayList<>();

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "Deadline for the whole run (default 120s); unfinished checks end as ERROR.")
  String timeout;

  @Option(
      names = "--fail-fast",
      description =
          "At the first blocking failure, cancel the checks that can no longer change the"
              + " verdict (critical checks still finish).")
  boolean failFast;

  @Option(names = "--strict", description = "Warnings block.")
  boolean strict;

  @Option(
      names = "--deploy",
      description =
          "This run deploys an existing release: its tag must exist at HEAD (locally and on the"
              + " remote); the version order is reported, not required (also git.deploy).")
  boolean deploy;

  /** A report file to write. */
  record ReportTarget(String format, Path path) {}

  @Override
  public Integer call() {
    Console console =
        new Console(
            spec.commandLine().getOut(),
            spec.commandLine().getErr(),
            root.env.get("GITHUB_ACTIONS").map("true"::equals).orElse(false),
            root.redactor);
    Log log =
        new Log(console.errWriter(), common.logFormat, common.level(), root.clock, root.redactor);
    validateFormat(format, "--format");
    List<ReportTarget> targets = parseReports();
    Optional<Duration> runTimeout = parseTimeout();
    requireSelectors(only, "--only");
    requireSelectors(skip, "--skip");
    // Report paths that can never take a report are refused before anything else happens.
    Optional<String> badTargets = ReportTargets.problem(targets);
    if (badTargets.isPresent()) {
      for (String line : badTargets.get().split("\n")) {
        console.errLine("release-sentinel: error: " + line);
      }
      console.errLine("release-sentinel: nothing was checked; fix the --report paths");
      return Cli.EXIT_USAGE;
    }

    Gate gate = new Gate(root.env, root.clock, VersionInfo.VERSION, root.families(), root.redactor);
    Gate.Request request =
        new Gate.Request(
            where.repo,
            Optional.ofNullable(where.config),
            Optional.ofNullable(profile.environment),
            Optional.ofNullable(version),
            Selection.parse(only, skip),
            runTimeout,
            failFast,
            strict,
            deploy,
            targets.stream().map(ReportTarget::path).toList());
    Gate.Prepared prepared;
    try {
      prepared = gate.prepare(request);
    } catch (ConfigException e) {
      return Cli.badConfig(console, e);
    } catch (UsageException e) {
      for (String line : e.getMessage().split("\n")) {
        console.errLine("release-sentinel: error: " + line);
      }
      return Cli.EXIT_USAGE;
    }
    // Secrets are registered before anything about the run is printed.
    console.redactor().add(prepared.secrets());
    // A report that could not be written is known now, not after the run (a valid config first,
    // so that a bad one leaves no report directory behind).
    for (ReportTarget t : targets) {
      try {
        ReportFiles.checkWritable(t.path());
      } catch (IOException e) {
        return cannotWrite(
            console,
            log,
            t,
            e,
            "nothing was checked. Give --report a path in a writable directory.");
      }
    }
    // A note once: a JSON log line, or a plain line on stderr (not both with --debug).
    if (log.format() == Log.Format.JSON) {
      prepared.notes().forEach(n -> log.log(Log.Level.INFO, "config.note", n, java.util.Map.of()));
    } else if (!common.quiet) {
      prepared.notes().forEach(n -> console.errLine("release-sentinel: note: " + n));
    }

    boolean progress =
        root.terminal.stderrTty()
            && !common.quiet
            && !common.debug
            && log.format() == Log.Format.TEXT;
    RunReport report;
    try (ProgressDisplay display = progress ? new ProgressDisplay(console) : null) {
      ProgressListener logging = new LoggingListener(log);
      ProgressListener listener =
          display == null
              ? logging
              : (ProgressEvent e) -> {
                logging.onEvent(e);
                display.onEvent(e);
              };
      report = gate.run(prepared, listener);
    }

    // Redact the model before rendering: escaping (markdown, XML, JSON) could turn a secret into
    // a form the stream-level redaction no longer recognises.
    report = report.mapText(console.redactor()::redact);
    boolean color = !common.noColor && root.terminal.stdoutTty() && root.terminal.colorAllowed();
    try {
      if (common.quiet && format.equals("text")) {
        console.out(TextReport.verdictLine(report, color) + "\n");
      } else {
        console.out(render(format, report, color));
      }
    } catch (StdStreams.WriteFailed e) {
      // A verdict nobody can read is no verdict: a closed pipe or a full disk is exit 2.
      console.errLine(
          "release-sentinel: error: cannot write the "
              + format
              + " report to stdout: "
              + e.why()
              + "; the report is lost (the verdict was "
              + report.verdict()
              + ")");
      return Cli.EXIT_USAGE;
    }
    for (ReportTarget t : targets) {
      try {
        ReportFiles.writeAtomically(
            t.path(), console.redactor().redact(render(t.format(), report, false)));
        log.log(
            Log.Level.DEBUG,
            "report.written",
            "wrote the " + t.format() + " report to " + t.path(),
            java.util.Map.of("format", t.format(), "path", t.path().toString()));
      } catch (IOException e) {
        return cannotWrite(console, log, t, e, "the verdict was " + report.verdict());
      }
    }
    return report.exitCode();
  }

  private static String render(String format, RunReport report, boolean color) {
    ReportRenderer r = Reports.renderer(format, new Reports.Options(color)).orElseThrow();
    return r.render(report);
  }

  private void validateFormat(String f, String flag) {
    if (Reports.renderer(f, Reports.Options.PLAIN).isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          flag
              + ": unknown format '"
              + f
              + "'"
              + dev.releasesentinel.engine.Suggest.didYouMean(f, Reports.formats())
              + " (one of: "
              + String.join(", ", Reports.formats())
              + ")");
    }
  }

  private List<ReportTarget> parseReports() {
    List<ReportTarget> out = new ArrayList<>();
    for (String r : reports) {
      int eq = r.indexOf('=');
      if (eq <= 0 || eq == r.length() - 1) {
        throw new ParameterException(
            spec.commandLine(),
            "--report '" + r + "': write FORMAT=PATH, e.g. --report junit=reports/gate.xml");
      }
      String f = r.substring(0, eq);
      validateFormat(f, "--report");
      out.add(new ReportTarget(f, Path.of(r.substring(eq + 1))));
    }
    return out;
  }

  /** Says which report could not be written and why, then what it means; the exit code. */
  private static int cannotWrite(
      Console console, Log log, ReportTarget t, IOException e, String then) {
    console.errLine(
        "release-sentinel: error: cannot write the "
            + t.format()
            + " report to "
            + t.path()
            + ": "
            + ReportFiles.why(e)
            + "; "
            + then);
    log.trace(e);
    return Cli.EXIT_USAGE;
  }

  /** {@code --only ""} or {@code --only ,} names nothing: an error, never "no filter". */
  private void requireSelectors(List<String> given, String option) {
    for (String list : given) {
      if (list.replace(",", "").isBlank()) {
        throw new ParameterException(
            spec.commandLine(),
            option
                + " '"
                + list
                + "' names no check: give check ids or prefixes, e.g. git,api:payments,system.disk");
      }
    }
  }

  private Optional<Duration> parseTimeout() {
    if (timeout == null) {
      return Optional.empty();
    }
    Optional<Duration> d = Units.duration(timeout);
    if (d.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--timeout '" + timeout + "' is not a duration; write e.g. 90s, 2m or 1m30s");
    }
    Optional<String> range = Units.outOfRange(d.get());
    if (range.isPresent()) {
      throw new ParameterException(
          spec.commandLine(),
          "--timeout '"
              + timeout
              + "' "
              + range.get()
              + " (from 1ms to 1h); write e.g. 90s, 2m or 1m30s");
    }
    return d;
  }
}
