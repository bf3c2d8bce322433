package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.ConfigProblem;
import dev.releasesentinel.engine.Environment;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the picocli command line with the gate's exit-code contract: usage errors and failures of
 * the gate itself are exit 2, with one clear message and no stack trace unless --debug.
 */
public final class Cli {

  /** Exit code for bad usage, bad config and any failure of the gate itself (spec section 1). */
  public static final int EXIT_USAGE = 2;

  private Cli() {}

  public static CommandLine commandLine(Environment env, Clock clock) {
    return commandLine(env, clock, Terminal.NONE, Families.all());
  }

  static CommandLine commandLine(
      Environment env, Clock clock, Terminal terminal, List<Family> families) {
    CommandLine cl = new CommandLine(new RootCommand(env, clock, terminal, families));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Cli::onParameterError);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          PrintWriter err = cmd.getErr();
          boolean debug = parseResult.originalArgs().contains("--debug");
          err.println("release-sentinel: error: " + describe(ex));
          if (debug) {
            ex.printStackTrace(err);
          } else {
            err.println("release-sentinel: run again with --debug for the stack trace");
          }
          err.flush();
          return EXIT_USAGE;
        });
    return cl;
  }

  private static int onParameterError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("release-sentinel: " + ex.getMessage());
    if (ex instanceof UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        err.println("release-sentinel: did you mean: " + String.join(" or ", suggestions) + "?");
      }
    }
    err.println(
        "release-sentinel: see '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage");
    err.flush();
    return EXIT_USAGE;
  }

  static String describe(Throwable t) {
    String msg = t.getMessage();
    return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
  }

  /** Prints every config problem: one line each, file:line:col first. */
  static void printConfigProblems(Console console, ConfigException e) {
    List<ConfigProblem> problems = e.problems();
    if (problems.size() == 1) {
      console.errLine("release-sentinel: error: " + problems.get(0));
      return;
    }
    console.errLine("release-sentinel: error: the config has " + problems.size() + " problems:");
    for (ConfigProblem p : problems) {
      console.errLine("  " + p);
    }
  }
}
