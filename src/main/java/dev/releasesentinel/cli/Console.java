package dev.releasesentinel.cli;

import dev.releasesentinel.redact.Redactor;
import java.io.PrintWriter;

/**
 * stdout and stderr of one command, both behind the redaction layer: nothing reaches the terminal
 * or the CI log without passing {@link Redactor#redact(String)}. Secrets are added to the redactor
 * as soon as the config says which they are, before anything about the run is printed.
 */
final class Console {

  private final PrintWriter out;
  private final PrintWriter err;
  private final Redactor redactor = Redactor.of();
  private final PrintWriter log;

  Console(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
    this.log = new PrintWriter(redactor.writer(err), true);
  }

  Redactor redactor() {
    return redactor;
  }

  /** Writes report text to stdout (after redaction); the caller supplies newlines. */
  synchronized void out(String text) {
    out.print(redactor.redact(text));
    out.flush();
  }

  synchronized void errLine(String line) {
    err.println(redactor.redact(line));
    err.flush();
  }

  /** Raw stderr text (progress redraws); redacted like everything else. */
  synchronized void errRaw(String text) {
    err.print(redactor.redact(text));
    err.flush();
  }

  /** A writer onto stderr for the log: each line is redacted as it is written. */
  PrintWriter errWriter() {
    return log;
  }
}
