package dev.releasesentinel.cli;

import dev.releasesentinel.github.WorkflowCommands;
import dev.releasesentinel.log.Log;
import dev.releasesentinel.redact.Redactor;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * stdout and stderr of one command, both behind the redaction layer: nothing reaches the terminal
 * or the CI log without passing {@link Redactor#redact(String)}. Secrets are added to the redactor
 * as soon as the config says which they are, before anything about the run is printed.
 */
final class Console {

  private final PrintWriter out;
  private final PrintWriter err;
  private final Redactor redactor;
  private final PrintWriter log;
  private final boolean onGitHubActions;
  private volatile Log json;
  // The level and event of the last line that was not indented, for the lines under it.
  private Log.Level announced = Log.Level.INFO;
  private String announcedAs = "message";

  /**
   * {@code onGitHubActions}: the output is a GitHub Actions job log, where text from outside (an
   * upstream's body, a commit message) could forge a workflow command; such lines are neutralised.
   */
  Console(PrintWriter out, PrintWriter err, boolean onGitHubActions, Redactor redactor) {
    this.out = out;
    this.err = err;
    this.onGitHubActions = onGitHubActions;
    this.redactor = redactor;
    this.log = new PrintWriter(redactor.writer(new NeutralisingWriter(err)), true);
  }

  Console(PrintWriter out, PrintWriter err, boolean onGitHubActions) {
    this(out, err, onGitHubActions, Redactor.of());
  }

  Console(PrintWriter out, PrintWriter err) {
    this(out, err, false);
  }

  /** The console of a command: its command line's stdout and stderr. */
  static Console of(CommandLine commandLine) {
    return new Console(commandLine.getOut(), commandLine.getErr());
  }

  Redactor redactor() {
    return redactor;
  }

  /**
   * Writes report text to stdout (after redaction); the caller supplies newlines.
   *
   * @throws StdStreams.WriteFailed when stdout cannot take it (a closed pipe, a full disk): the
   *     text is lost, which a caller must not pass over in silence
   */
  synchronized void out(String text) {
    out.print(safe(text));
    out.flush();
    if (out.checkError()) {
      throw new StdStreams.WriteFailed("stdout", StdStreams.failure(out));
    }
  }

  synchronized void errLine(String line) {
    Log l = json;
    if (l != null) {
      // --log-format json: every line on stderr is a JSON log event, fatal ones included
      String error = "release-sentinel: error: ";
      String warning = "release-sentinel: warning: ";
      if (line.startsWith("  ")) { // one of the lines the line before announced: its level
        l.log(announced, announcedAs, line.strip(), Map.of());
        return;
      }
      if (line.startsWith(error)) {
        announced = Log.Level.ERROR;
        announcedAs = "error";
        line = line.substring(error.length());
      } else if (line.startsWith(warning)) {
        announced = Log.Level.WARN;
        announcedAs = "warning";
        line = line.substring(warning.length());
      } else {
        announced = Log.Level.INFO;
        announcedAs = "message";
        line = line.replaceFirst("^release-sentinel: ", "");
      }
      l.log(announced, announcedAs, line, Map.of());
      return;
    }
    err.println(safe(line));
    err.flush();
  }

  /**
   * With {@code --log-format json}, every line this console writes to stderr goes out as an event
   * of {@code log} (docs/cli.md, "Logs"): a program reading stderr never meets a plain line.
   */
  void logAs(Log log) {
    json = log.format() == Log.Format.JSON ? log : null;
  }

  /** Raw stderr text (progress redraws); redacted like everything else. */
  synchronized void errRaw(String text) {
    err.print(safe(text));
    err.flush();
  }

  private String safe(String text) {
    String r = redactor.redact(text);
    return onGitHubActions ? neutralise(r) : r;
  }

  /**
   * Each line neutralised, its separators kept: the runner ends a line at LF and at a lone CR
   * alike, so both start a line that could be a command.
   */
  static String neutralise(String text) {
    if (!text.contains("::") && !text.contains("##[")) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8);
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        b.append(WorkflowCommands.neutralise(text.substring(start, i))).append(c);
        start = i + 1;
      }
    }
    return b.append(WorkflowCommands.neutralise(text.substring(start))).toString();
  }

  /** Neutralises whole lines on their way to stderr when on GitHub Actions. */
  private final class NeutralisingWriter extends java.io.Writer {
    private final java.io.Writer target;

    NeutralisingWriter(java.io.Writer target) {
      this.target = target;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws java.io.IOException {
      String s = new String(cbuf, off, len);
      target.write(onGitHubActions ? neutralise(s) : s);
    }

    @Override
    public void flush() throws java.io.IOException {
      target.flush();
    }

    @Override
    public void close() throws java.io.IOException {
      target.close();
    }
  }

  /** A writer onto stderr for the log: each line is redacted as it is written. */
  PrintWriter errWriter() {
    return log;
  }
}
