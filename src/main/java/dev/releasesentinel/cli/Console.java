package dev.releasesentinel.cli;

import dev.releasesentinel.redact.Redactor;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * stdout and stderr of one command, both behind the redaction layer: nothing reaches the terminal
 * or the CI log without passing {@link Redactor#redact(String)}.
 */
final class Console {

  private final PrintWriter out;
  private final PrintWriter err;
  private volatile Redactor redactor = Redactor.NONE;

  Console(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  void redactWith(Redactor r) {
    this.redactor = r;
  }

  Redactor redactor() {
    return redactor;
  }

  /** Writes report text to stdout as is (after redaction); the caller supplies newlines. */
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
    Console self = this;
    return new PrintWriter(
        new Writer() {
          private final StringBuilder line = new StringBuilder();

          @Override
          public void write(char[] cbuf, int off, int len) {
            synchronized (line) {
              for (int i = off; i < off + len; i++) {
                char c = cbuf[i];
                if (c == '\n') {
                  self.errLine(line.toString());
                  line.setLength(0);
                } else {
                  line.append(c);
                }
              }
            }
          }

          @Override
          public void flush() {
            synchronized (line) {
              if (line.length() > 0) {
                self.errRaw(line.toString());
                line.setLength(0);
              }
            }
          }

          @Override
          public void close() {
            flush();
          }
        },
        true);
  }
}
