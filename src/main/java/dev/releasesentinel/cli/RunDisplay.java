package dev.releasesentinel.cli;

import dev.releasesentinel.engine.ProgressEvent;
import dev.releasesentinel.engine.ProgressListener;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.log.Log;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What {@code check} shows while the gate runs: notes first, then progress and log lines. */
final class RunDisplay {

  private RunDisplay() {}

  /** A note once: a JSON log line, or a plain line on stderr (not both with --debug). */
  static void notes(Console console, Log log, List<String> notes, boolean quiet) {
    if (log.format() == Log.Format.JSON) {
      notes.forEach(n -> log.log(Log.Level.INFO, "config.note", n, Map.of()));
    } else if (!quiet) {
      notes.forEach(n -> console.errLine("release-sentinel: note: " + n));
    }
  }

  /** Runs a round with the log's events, and a progress display on an interactive stderr. */
  static RunReport run(
      Function<ProgressListener, RunReport> round,
      Console console,
      Log log,
      Terminal terminal,
      CommonOptions common) {
    boolean progress =
        terminal.stderrTty() && !common.quiet && !common.debug && log.format() == Log.Format.TEXT;
    try (ProgressDisplay display = progress ? new ProgressDisplay(console) : null) {
      ProgressListener logging = new LoggingListener(log);
      ProgressListener listener =
          display == null
              ? logging
              : (ProgressEvent e) -> {
                logging.onEvent(e);
                display.onEvent(e);
              };
      return round.apply(listener);
    }
  }
}
