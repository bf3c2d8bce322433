package dev.releasesentinel.cli;

import dev.releasesentinel.log.Log;
import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.Unmasked;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

/**
 * What nobody caught, on any thread (a library's dispatcher thread included): one line through the
 * redacting log, the stack trace only with {@code --debug} and masked too. The JVM's own handler
 * would print the raw trace, the exception's message and whatever it quotes, on stderr.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

  private final PrintWriter err;
  private final Redactor redactor;
  private final Log.Format format;
  private final boolean debug;

  UncaughtErrors(PrintWriter err, Redactor redactor, Log.Format format, boolean debug) {
    this.err = err;
    this.redactor = redactor;
    this.format = format;
    this.debug = debug;
  }

  /** The handler for a command line run with {@code args}: their --debug and --log-format. */
  static UncaughtErrors forArgs(PrintWriter err, Redactor redactor, List<String> args) {
    Log.Format format = Log.Format.TEXT;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value =
          a.startsWith("--log-format=")
              ? a.substring("--log-format=".length())
              : a.equals("--log-format") && i + 1 < args.size() ? args.get(i + 1) : null;
      if (value != null && value.equalsIgnoreCase("json")) {
        format = Log.Format.JSON;
      }
    }
    return new UncaughtErrors(err, redactor, format, args.contains("--debug"));
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    try {
      // Made when needed: a run that never fails this way loads no log classes for it.
      Log log =
          new Log(
              new PrintWriter(redactor.writer(err), true),
              format,
              debug ? Log.Level.DEBUG : Log.Level.ERROR,
              Clock.systemUTC(),
              redactor);
      log.error("uncaught", line(thread, error));
      log.trace(error);
    } catch (Throwable ignored) {
      // Reporting failed too (stderr gone, memory exhausted): nothing is left to say it with.
    }
  }

  /** The one line: masked first, then folded onto one line. */
  String line(Thread thread, Throwable error) {
    String message = redactor.mask(Unmasked.message(error)).replaceAll("\\s+", " ").strip();
    return "unexpected "
        + error.getClass().getSimpleName()
        + " in thread "
        + thread.getName()
        + ": "
        + message
        + (debug ? "" : " (run again with --debug for the stack trace)");
  }
}
