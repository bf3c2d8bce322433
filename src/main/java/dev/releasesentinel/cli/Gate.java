package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.env.Secrets;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.ConfigFile;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.ProgressListener;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Runner;
import dev.releasesentinel.engine.Selection;
import dev.releasesentinel.redact.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One gate run from request to report: find and load the config, build the selected checks, run
 * them under the deadline, fold the results into a {@link RunReport}. Shared by {@code check} and
 * {@code action}; it never prints.
 */
final class Gate {

  /** What the caller asks for. */
  record Request(
      Path repo,
      Optional<Path> config,
      Optional<String> environment,
      Optional<String> version,
      Selection selection,
      Optional<Duration> timeout,
      boolean failFast,
      boolean strict,
      boolean deploy,
      List<Path> ownFiles) {

    Request(
        Path repo,
        Optional<Path> config,
        Optional<String> environment,
        Optional<String> version,
        Selection selection,
        Optional<Duration> timeout,
        boolean failFast,
        boolean strict) {
      this(
          repo,
          config,
          environment,
          version,
          selection,
          timeout,
          failFast,
          strict,
          false,
          List.of());
    }
  }

  /**
   * A run ready to start: the config is valid and at least one check is selected. {@code secrets}
   * are the values to mask, from every profile of the config, not only the selected one.
   */
  record Prepared(
      Request request,
      Config config,
      RunContext context,
      List<Check> checks,
      Map<CheckId, String> skips,
      Duration timeout,
      List<String> notes,
      Set<String> secrets) {}

  private final Environment env;
  private final Clock clock;
  private final String toolVersion;
  private final List<Family> families;
  private final Redactor redactor;

  /**
   * {@code redactor}: the command's, with which the run masks outside text as it enters; the
   * command registers {@link Prepared#secrets()} with it before the run starts.
   */
  Gate(Environment env, Clock clock, String toolVersion, List<Family> families, Redactor redactor) {
    this.env = env;
    this.clock = clock;
    this.toolVersion = toolVersion;
    this.families = families;
    this.redactor = redactor;
  }

  /** Loads the config file named or found; the built-in defaults when there is none. */
  static ConfigFile loadConfig(Path repo, Optional<Path> explicit, List<String> notes)
      throws ConfigException {
    if (explicit.isPresent()) {
      return ConfigFile.load(explicit.get());
    }
    Optional<Path> found = ConfigFile.discover(repo);
    if (found.isPresent()) {
      return ConfigFile.load(found.get());
    }
    notes.add(
        "no config file found (looked for "
            + String.join(", ", ConfigFile.DEFAULT_NAMES)
            + " in "
            + repo
            + "); using the built-in defaults: git checks, disk and memory. 'release-sentinel"
            + " init' writes a starter config.");
    return ConfigFile.builtIn();
  }

  Prepared prepare(Request request) throws ConfigException, UsageException {
    if (!Files.isDirectory(request.repo())) {
      throw new UsageException("--repo " + request.repo() + " is not a directory");
    }
    List<String> notes = new ArrayList<>();
    ConfigFile file = loadConfig(request.repo(), request.config(), notes);
    Set<String> secrets = new LinkedHashSet<>();
    for (Config profile : file.all()) {
      secrets.addAll(Secrets.collect(profile, env));
    }
    Config config = file.select(request.environment());
    RunContext context =
        new RunContext(
            request.repo(),
            request.version(),
            request.environment(),
            env,
            clock,
            redactor,
            request.deploy(),
            request.ownFiles());
    List<Check> checks = Families.checks(families, config, context);
    if (checks.isEmpty()) {
      throw new UsageException(
          "nothing to check: "
              + file.path().map(Path::toString).orElse("the config")
              + " enables no check. Add a family (git, env, system, api); a gate that checked"
              + " nothing never says SAFE.");
    }
    List<String> problems = request.selection().problems(checks);
    if (!problems.isEmpty()) {
      throw new UsageException(String.join("\n", problems));
    }
    Map<CheckId, String> skips = request.selection().skips(checks);
    if (skips.size() == checks.size()) {
      throw new UsageException(
          "nothing to check: "
              + request.selection().onlyName()
              + " and "
              + request.selection().skipName()
              + " leave no check to run; a gate that checked nothing never says SAFE");
    }
    Duration timeout = request.timeout().or(config::timeout).orElse(Config.DEFAULT_TIMEOUT);
    return new Prepared(request, config, context, checks, skips, timeout, notes, secrets);
  }

  RunReport run(Prepared p, ProgressListener listener) {
    Runner runner =
        new Runner(
            new Runner.Options(
                p.timeout(), p.request().failFast(), p.request().strict(), listener, clock));
    Runner.Outcome outcome = runner.run(p.checks(), p.skips());
    Optional<String> version =
        p.request().version().or(() -> Optional.ofNullable(outcome.facts().get("release.version")));
    return new RunReport(
        toolVersion,
        outcome.verdict(),
        p.request().strict(),
        p.request().environment(),
        version,
        RunReport.repository(p.request().repo().toString(), outcome.facts()),
        outcome.startedAt(),
        outcome.duration(),
        outcome.results(),
        p.notes());
  }
}
