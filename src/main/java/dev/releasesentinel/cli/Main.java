package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.engine.Environment;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** The process entry point: the only place that calls {@code System.exit}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Environment env = Environment.system();
    // A lambda, not Families::all: linking a method reference would load the registry for -V.
    CommandLine cl =
        Cli.commandLine(env, Clock.systemUTC(), Terminal.detect(env), () -> Families.all(), args);
    // UTF-8 whatever the locale: a CI image without LANG must not turn "—" into "?".
    cl.setOut(utf8(FileDescriptor.out));
    cl.setErr(utf8(FileDescriptor.err));
    int code = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    System.exit(code);
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
  }
}
