package dev.releasesentinel.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code action}: the GitHub Action entry point (spec section 6). */
@Command(name = "action", description = "GitHub Action entrypoint (reads INPUT_* and GITHUB_*).")
final class ActionCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println("release-sentinel: error: the action entry point is not available in this build");
    spec.commandLine().getErr().flush();
    return Cli.EXIT_USAGE;
  }
}
