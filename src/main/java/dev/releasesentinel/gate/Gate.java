package dev.releasesentinel.gate;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.ConfigFile;
import dev.releasesentinel.config.ConfigLoader;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Fact;
import dev.releasesentinel.engine.ProgressListener;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Runner;
import dev.releasesentinel.engine.SharedCauses;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.redact.Redactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One gate run from request to report, for every front end (the command line, the GitHub Action):
 * find and load the config, build the selected checks, register every secret, run the checks under
 * the deadline, and fold the results into a {@link RunReport} that is already redacted. It never
 * prints.
 */
public final class Gate {

  private final Environment env;
  private final Clock clock;
  private final String toolVersion;
  private final List<Family> registry;
  private final ConfigLoader loader;
  private final List<Family> families;
  private final Redactor redactor;
  private final Consumer<List<String>> newSecrets;

  /**
   * {@code registry}: the families whose sections the config is read with and whose secrets are
   * masked; {@code families}: those that build the checks (the registry itself, or a test's fakes
   * of this seam). {@code redactor}: the caller's, with which the run masks outside text as it
   * enters and the report is masked before it is returned; {@code newSecrets} hears each secret the
   * plan registers with it (the Action hands them to the runner).
   */
  public Gate(
      Environment env,
      Clock clock,
      String toolVersion,
      List<Family> registry,
      List<Family> families,
      Redactor redactor,
      Consumer<List<String>> newSecrets) {
    this.env = env;
    this.clock = clock;
    this.toolVersion = toolVersion;
    this.registry = List.copyOf(registry);
    this.loader = Families.loader(registry);
    this.families = List.copyOf(families);
    this.redactor = redactor;
    this.newSecrets = newSecrets;
  }

  /** A gate with the registry's config sections and secrets, and these families' checks. */
  public Gate(
      Environment env, Clock clock, String toolVersion, List<Family> families, Redactor redactor) {
    this(env, clock, toolVersion, Families.all(), families, redactor, added -> {});
  }

  public ConfigLoader loader() {
    return loader;
  }

  /** Loads the config file named or found; the built-in defaults when there is none. */
  public ConfigFile loadConfig(Path repo, Optional<Path> explicit, List<String> notes)
      throws ConfigException {
    if (explicit.isPresent()) {
      return loader.load(explicit.get());
    }
    Optional<Path> found = ConfigFile.discover(repo);
    if (found.isPresent()) {
      return loader.load(found.get());
    }
    notes.add(
        "no config file found (looked for "
            + String.join(", ", ConfigFile.DEFAULT_NAMES)
            + " in "
            + repo
            + "); using the built-in defaults: git checks, disk and memory. 'release-sentinel"
            + " init' writes a starter config.");
    return loader.builtIn();
  }

  /** The run the request asks for, with its secrets registered; nothing runs yet. */
  public Plan plan(Request request) throws ConfigException, UsageException {
    if (!Files.isDirectory(request.repo())) {
      throw new UsageException("--repo " + request.repo() + " is not a directory");
    }
    List<String> notes = new ArrayList<>();
    ConfigFile file = loadConfig(request.repo(), request.config(), notes);
    Set<String> secrets = new LinkedHashSet<>();
    for (Config profile : file.all()) {
      secrets.addAll(RunSecrets.of(registry, profile, env));
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
            request.ownFiles(),
            request.at().map(at -> RunContext.movedTo(clock, at)).orElse(null));
    List<Planned> checks = Families.plan(families, config, context);
    if (checks.isEmpty()) {
      throw new UsageException(
          "nothing to check: "
              + file.path().map(Path::toString).orElse("the config")
              + " enables no check. Add a family ("
              + String.join(", ", loader.sections().stream().map(s -> s.name()).toList())
              + "); a gate that checked nothing never says SAFE.");
    }
    List<Check> bare = checks.stream().map(Planned::check).toList();
    List<String> problems = request.selection().problems(bare);
    if (!problems.isEmpty()) {
      throw new UsageException(String.join("\n", problems));
    }
    Map<CheckId, String> skips = request.selection().skips(bare);
    if (skips.size() == bare.size()) {
      throw new UsageException(
          "nothing to check: "
              + request.selection().onlyName()
              + " and "
              + request.selection().skipName()
              + " leave no check to run; a gate that checked nothing never says SAFE");
    }
    // Registered before the caller prints anything about the run.
    newSecrets.accept(redactor.add(secrets));
    Duration timeout = request.timeout().or(config::timeout).orElse(Config.DEFAULT_TIMEOUT);
    return new Plan(request, file, config, context, checks, skips, timeout, notes, secrets);
  }

  /** The checks a config asks for, without running them (what {@code list} shows). */
  public List<Planned> checks(Path repo, Config config, Optional<String> environment) {
    RunContext context = new RunContext(repo, Optional.empty(), environment, env, clock);
    return Families.plan(families, config, context);
  }

  /**
   * Runs the plan; the report says where each check was declared and what it verifies, carries the
   * run's facts, and is redacted: renderers escape text into forms the stream-level redaction would
   * no longer recognise, so the model is masked before any of them sees it. Time rules and waivers
   * are judged at the start of the run on the plan's rules clock ({@code --at}).
   */
  public RunReport run(Plan p, ProgressListener listener) {
    return rounds(p).next(p.context().at(), Set.of(), listener);
  }

  /**
   * The rounds of a wait over one plan: the first runs every selected check, later ones only those
   * asked for; the others keep their last result (docs/waivers.md, "Waiting").
   */
  public Rounds rounds(Plan p) {
    return new Rounds(this, p);
  }

  /**
   * Runs the selected checks that {@code which} names, in the plan's order. Under {@code
   * --fail-fast}, a failure a waiver accepts at {@code at} does not stop the run: it blocks
   * nothing, and stopping would leave the other checks unchecked.
   */
  Runner.Outcome execute(Plan p, ProgressListener listener, Set<CheckId> which, Instant at) {
    Runner runner =
        new Runner(
            new Runner.Options(
                p.timeout(),
                p.request().failFast(),
                p.request().strict(),
                listener,
                clock,
                redactor,
                r ->
                    Waiving.apply(
                                p.config(),
                                p.request().waivers(),
                                List.of(r),
                                at,
                                p.request().strict())
                            .results()
                            .get(0)
                            .status()
                        == Status.WAIVED));
    List<Check> selected =
        selected(p).stream().filter(c -> which.isEmpty() || which.contains(c.id())).toList();
    return runner.run(selected, Map.of());
  }

  /** Checks left out by --only/--skip are counted, not run and not listed (docs/cli.md). */
  static List<Check> selected(Plan p) {
    return p.checks().stream()
        .map(Planned::check)
        .filter(c -> !p.skips().containsKey(c.id()))
        .toList();
  }

  /**
   * The report of what ran, with waivers judged at {@code at}, each shared cause once, redacted.
   */
  RunReport report(Plan p, Runner.Outcome outcome, Instant at) {
    Optional<String> version =
        p.request().version().or(() -> Optional.ofNullable(outcome.facts().get(Fact.VERSION)));
    Map<CheckId, Planned> byId = new LinkedHashMap<>();
    p.checks().forEach(c -> byId.put(c.check().id(), c));
    boolean builtIn = p.config().builtIn();
    List<CheckResult> results = new ArrayList<>();
    for (CheckResult r : outcome.results()) {
      Planned c = byId.get(r.id());
      results.add(
          c == null
              ? r
              : r.withCheck(c.check().description(), builtIn ? Optional.empty() : c.source()));
    }
    Waiving waived =
        Waiving.apply(p.config(), p.request().waivers(), results, at, p.request().strict());
    // Shared causes are folded after waivers: a waived carrier carries nothing, so a waiver never
    // hides another's failure (docs/report-formats.md, "One cause, one line").
    results = SharedCauses.fold(waived.results(), outcome.causes());
    CiHost host = CiHost.detect(env);
    RunReport report =
        new RunReport(
            toolVersion,
            waived.verdict(),
            p.request().strict(),
            p.request().environment(),
            version,
            RunReport.repository(shown(p.request().repo(), env), outcome.facts()),
            host == CiHost.NONE ? Optional.empty() : Optional.of(host.title()),
            outcome.startedAt(),
            outcome.duration(),
            results,
            p.notes(),
            new RunReport.Unselected(p.skips().size(), p.request().selection().asGiven()));
    return report.mapText(redactor::redact);
  }

  /**
   * Why {@code check} would have nothing to run with this config (exit 2), as the end of a sentence
   * after the file's name; empty when every profile asked for builds a check. Without {@code
   * environment}, every profile is looked at: one without families is fine when another has them
   * (it is run with -e); one whose families build no check (api with no endpoints) is what check
   * refuses.
   */
  public Optional<String> nothingToCheck(ConfigFile loaded, Path repo, Optional<String> environment)
      throws ConfigException {
    List<Optional<String>> profiles = new ArrayList<>();
    if (environment.isPresent()) {
      profiles.add(environment);
    } else {
      profiles.add(Optional.empty());
      loaded.environments().forEach(e -> profiles.add(Optional.of(e)));
    }
    for (Optional<String> p : profiles) {
      Config selected = loaded.select(p);
      boolean skipIt = environment.isEmpty() && selected.sectionNames().isEmpty();
      if (!skipIt && checks(repo, selected, p).isEmpty()) {
        return Optional.of(
            p.map(e -> " (environment " + e + ")").orElse("")
                + " enables no check, so 'check' would exit 2: add a family with at least one"
                + " check (an api section needs endpoints)");
      }
    }
    return Optional.empty();
  }

  /**
   * The repository's path as the report shows it (docs/report-formats.md, {@code repository.path}):
   * as given on the command line; a path inside the GitHub workspace relative to it ({@code .} for
   * the workspace itself), as the Action's {@code working-directory} input is written.
   */
  static String shown(Path repo, Environment env) {
    Optional<Path> workspace = env.get("GITHUB_WORKSPACE").filter(w -> !w.isBlank()).map(Path::of);
    if (repo.isAbsolute() && workspace.isPresent() && workspace.get().isAbsolute()) {
      Path ws = workspace.get().normalize();
      Path r = repo.normalize();
      if (r.startsWith(ws)) {
        String rel = ws.relativize(r).toString();
        return rel.isEmpty() ? "." : rel;
      }
    }
    return repo.toString();
  }
}
