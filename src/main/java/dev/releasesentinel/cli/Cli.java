package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.ConfigProblem;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Unmasked;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the picocli command line with the gate's exit-code contract: usage errors and failures of
 * the gate itself are exit 2, with one clear message and no stack trace unless --debug.
 */
public final class Cli {

  /** Exit code for bad usage, bad config and any failure of the gate itself (docs/cli.md). */
  public static final int EXIT_USAGE = 2;

  private Cli() {}

  /** The subcommands, in the order {@code --help} lists them. */
  static final List<String> COMMANDS =
      List.of(
          "check", "validate", "list", "init", "schema", "verify", "action", "completion", "help");

  public static CommandLine commandLine(Environment env, Clock clock) {
    return commandLine(env, clock, Terminal.NONE, Families.all());
  }

  /** A command line with every subcommand. */
  static CommandLine commandLine(
      Environment env, Clock clock, Terminal terminal, List<Family> families) {
    return build(new RootCommand(env, clock, terminal, () -> families), COMMANDS);
  }

  /**
   * A command line for these arguments: only the subcommand they name is built, and none for {@code
   * -V}. picocli reflects over every option of every subcommand it is given, which is most of a
   * short run's start-up; help, errors and suggestions still see every subcommand.
   */
  static CommandLine commandLine(
      Environment env,
      Clock clock,
      Terminal terminal,
      Supplier<List<Family>> families,
      String... args) {
    return build(new RootCommand(env, clock, terminal, families), subcommandsFor(args));
  }

  /** The subcommands that parsing these arguments can reach. */
  static List<String> subcommandsFor(String... args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        // the first word is the subcommand; anything else (a typo, an @file) gets them all
        // help and completion describe every other subcommand
        boolean alone = COMMANDS.contains(a) && !a.equals("help") && !a.equals("completion");
        return alone ? List.of(a) : COMMANDS;
      }
      if (!a.equals("-V") && !a.equals("--version")) {
        return COMMANDS; // --help lists them, an unknown option's message may suggest them
      }
    }
    return args.length == 0 ? COMMANDS : List.of();
  }

  private static CommandLine build(RootCommand root, List<String> names) {
    CommandLine cl = new CommandLine(root);
    // The docs of this very version (an annotation cannot hold the stamped URL).
    var usage = cl.getCommandSpec().usageMessage();
    List<String> footer = new java.util.ArrayList<>(List.of(usage.footer()));
    footer.add("Docs: " + dev.releasesentinel.engine.Tool.DOCS_URL);
    usage.footer(footer.toArray(String[]::new));
    for (String name : names) {
      cl.addSubcommand(name, subcommand(name));
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Cli::onParameterError);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          PrintWriter err = cmd.getErr();
          if (ex instanceof StdStreams.WriteFailed w) {
            err.println("release-sentinel: error: " + w.getMessage() + "; the output is lost");
            err.flush();
            return EXIT_USAGE;
          }
          // Masked before it is printed: an exception's message may quote outside text.
          boolean debug = parseResult.originalArgs().contains("--debug");
          err.println(
              "release-sentinel: error: "
                  + root.redactor.mask(Unmasked.message(ex)).replaceAll("\\s+", " ").strip());
          if (debug) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(root.redactor.redact(trace.toString()));
          } else {
            err.println("release-sentinel: run again with --debug for the stack trace");
          }
          err.flush();
          return EXIT_USAGE;
        });
    return cl;
  }

  /**
   * The handler of everything nobody caught, on any thread, for this command line run with {@code
   * args}: through its redactor, one line, the stack trace only with --debug.
   */
  static UncaughtErrors uncaughtErrors(CommandLine cl, PrintWriter err, String... args) {
    RootCommand root = cl.getCommand();
    return UncaughtErrors.forArgs(err, root.redactor, List.of(args));
  }

  private static Object subcommand(String name) {
    return switch (name) {
      case "check" -> new CheckCommand();
      case "validate" -> new ValidateCommand();
      case "list" -> new ListCommand();
      case "init" -> new InitCommand();
      case "schema" -> new SchemaCommand();
      case "verify" -> new VerifyCommand();
      case "action" -> new ActionCommand();
      case "completion" -> new CompletionCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
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

  /**
   * Prints every config problem, one line each with file:line:col first; returns the exit code of a
   * bad config.
   */
  static int badConfig(Console console, ConfigException e) {
    List<ConfigProblem> problems = e.problems();
    if (problems.size() == 1) {
      console.errLine("release-sentinel: error: " + problems.get(0));
      return EXIT_USAGE;
    }
    console.errLine("release-sentinel: error: the config has " + e.total() + " problems:");
    for (ConfigProblem p : problems) {
      console.errLine("  " + p);
    }
    return EXIT_USAGE;
  }
}
