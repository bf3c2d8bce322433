package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.engine.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process with captured stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(List<Family> families, Map<String, String> env, String... args) {
    return run(families, env, Terminal.NONE, args);
  }

  static CliRun run(
      List<Family> families, Map<String, String> env, Terminal terminal, String... args) {
    // As Main builds it: only the subcommand the arguments name.
    CommandLine cl =
        Cli.commandLine(Environment.of(env), Clock.systemUTC(), terminal, () -> families, args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
