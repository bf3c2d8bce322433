package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.gate.Gate;
import dev.releasesentinel.redact.Redactor;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code release-sentinel}: the command group; holds what every subcommand shares. The subcommands
 * are added by {@link Cli}, only those the arguments need.
 */
@Command(
    name = "release-sentinel",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Pre-deployment release gate: is this release safe to deploy right now?",
    footer = {
      "",
      "Exit codes: 0 SAFE, 1 BLOCKED, 2 CRITICAL or the gate cannot run (bad config or usage).",
      "'release-sentinel help COMMAND' shows a command's options."
    })
final class RootCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  final Environment env;
  final Clock clock;
  final Terminal terminal;

  /**
   * The one redactor of this command line: the command registers its secrets here, the run masks
   * outside text with it, and whatever reports a crash (of any thread) masks with it too.
   */
  final Redactor redactor = Redactor.of();

  private final Supplier<List<Family>> makeFamilies;
  private List<Family> families;

  RootCommand(
      Environment env, Clock clock, Terminal terminal, Supplier<List<Family>> makeFamilies) {
    this.env = env;
    this.clock = clock;
    this.terminal = terminal;
    this.makeFamilies = makeFamilies;
  }

  /** The check families, made on first use: {@code -V} and {@code schema} make none. */
  synchronized List<Family> families() {
    if (families == null) {
      families = List.copyOf(makeFamilies.get());
    }
    return families;
  }

  /** The gate of this command line, for these families. */
  Gate gate(List<Family> families) {
    return gate(families, added -> {});
  }

  /** The same, telling {@code newSecrets} each secret the plan registers. */
  Gate gate(List<Family> families, java.util.function.Consumer<List<String>> newSecrets) {
    return new Gate(
        env,
        clock,
        VersionInfo.VERSION,
        dev.releasesentinel.checks.Families.all(),
        families,
        redactor,
        newSecrets);
  }

  /** The console of a subcommand: its stdout and stderr through this command line's redactor. */
  Console console(picocli.CommandLine commandLine) {
    return new Console(
        commandLine.getOut(),
        commandLine.getErr(),
        env.get("GITHUB_ACTIONS").map("true"::equals).orElse(false),
        redactor);
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing command: try 'release-sentinel check' (or --help)");
  }
}
