package dev.releasesentinel.cli;

import dev.releasesentinel.github.ActionSession;
import dev.releasesentinel.github.RunnerLog;
import dev.releasesentinel.log.Log;
import java.io.PrintWriter;
import java.io.Writer;

/** The log of an action run: text lines on the runner log, debug ones with RUNNER_DEBUG=1. */
final class ActionLog {

  private ActionLog() {}

  static Log of(RunnerLog out, ActionSession session, RootCommand root) {
    return new Log(
        lineWriter(out),
        Log.Format.TEXT,
        session.context().debug() ? Log.Level.DEBUG : Log.Level.WARN,
        root.clock,
        root.redactor);
  }

  /** A writer that hands the log's lines to the runner log (redacted and neutralised there). */
  private static PrintWriter lineWriter(RunnerLog out) {
    return new PrintWriter(
        new Writer() {
          private final StringBuilder line = new StringBuilder();

          @Override
          public synchronized void write(char[] cbuf, int off, int len) {
            for (int i = off; i < off + len; i++) {
              if (cbuf[i] == '\n') {
                out.text(line.toString());
                line.setLength(0);
              } else {
                line.append(cbuf[i]);
              }
            }
          }

          @Override
          public synchronized void flush() {}

          @Override
          public synchronized void close() {
            if (line.length() > 0) {
              out.text(line.toString());
              line.setLength(0);
            }
          }
        },
        true);
  }
}
