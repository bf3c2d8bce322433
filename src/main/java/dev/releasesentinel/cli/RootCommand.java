package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.engine.Environment;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code release-sentinel}: the command group; holds what every subcommand shares. */
@Command(
    name = "release-sentinel",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Pre-deployment release gate: is this release safe to deploy right now?",
    footer = {
      "",
      "Exit codes: 0 SAFE, 1 BLOCKED, 2 CRITICAL or the gate cannot run (bad config or usage).",
      "Docs: docs/config.md in the source repository."
    },
    subcommands = {
      CheckCommand.class,
      ValidateCommand.class,
      ListCommand.class,
      InitCommand.class,
      SchemaCommand.class,
      ActionCommand.class
    })
final class RootCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  final Environment env;
  final Clock clock;
  final Terminal terminal;
  final List<Family> families;

  RootCommand(Environment env, Clock clock, Terminal terminal, List<Family> families) {
    this.env = env;
    this.clock = clock;
    this.terminal = terminal;
    this.families = List.copyOf(families);
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing command: try 'release-sentinel check' (or --help)");
  }
}
