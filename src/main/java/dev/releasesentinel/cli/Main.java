package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.engine.Environment;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
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
    PrintWriter err = StdStreams.utf8(new FileOutputStream(FileDescriptor.err));
    cl.setOut(StdStreams.utf8(new FileOutputStream(FileDescriptor.out)));
    cl.setErr(err);
    // Every thread's failures are ours: one masked line, not the JVM's raw stack trace.
    UncaughtErrors uncaught = Cli.uncaughtErrors(cl, err, args);
    Thread.setDefaultUncaughtExceptionHandler(uncaught);
    int code;
    try {
      code = cl.execute(args);
    } catch (Throwable t) { // an Error picocli lets through (out of memory, stack overflow)
      uncaught.uncaughtException(Thread.currentThread(), t);
      code = Cli.EXIT_USAGE;
    }
    cl.getOut().flush();
    err.flush();
    System.exit(code);
  }
}
