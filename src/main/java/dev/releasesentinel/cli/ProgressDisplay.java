package dev.releasesentinel.cli;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.engine.ProgressEvent;
import dev.releasesentinel.engine.ProgressListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * On a terminal, one status line on stderr that shows which checks are still running and any retry
 * countdown, redrawn in place; cleared when the run ends. Never used when stderr is not a TTY.
 */
final class ProgressDisplay implements ProgressListener, AutoCloseable {

  private static final int WIDTH = 100;

  private final Console console;
  private final Map<CheckId, String> running = new LinkedHashMap<>();
  private final Map<CheckId, Long> waitingUntil = new LinkedHashMap<>();
  private final ScheduledExecutorService ticker;
  private int total;
  private int done;
  private boolean drawn;

  ProgressDisplay(Console console) {
    this.console = console;
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "progress");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(this::redraw, 200, 200, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void onEvent(ProgressEvent event) {
    if (event instanceof ProgressEvent.RunStarted s) {
      total = s.checks().size();
    } else if (event instanceof ProgressEvent.CheckStarted s) {
      running.put(s.id(), "");
    } else if (event instanceof ProgressEvent.CheckActivity a) {
      running.computeIfPresent(a.id(), (k, v) -> a.activity());
      waitingUntil.remove(a.id());
    } else if (event instanceof ProgressEvent.CheckWaiting w) {
      waitingUntil.put(w.id(), System.nanoTime() + w.delay().toNanos());
    } else if (event instanceof ProgressEvent.CheckFinished f) {
      running.remove(f.result().id());
      done++;
      waitingUntil.remove(f.result().id());
    } else if (event instanceof ProgressEvent.RunFinished) {
      clear();
    }
  }

  private synchronized void redraw() {
    if (running.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    for (CheckId id : running.keySet()) {
      Long until = waitingUntil.get(id);
      if (until != null) {
        long left = Math.max(0, until - System.nanoTime());
        parts.add(
            id
                + " (retry in "
                + Durations.format(Duration.ofMillis(Math.max(100, left / 1_000_000)))
                + ")");
      } else {
        parts.add(id.value());
      }
    }
    String line =
        "checking "
            + Math.min(done, total)
            + "/"
            + total
            + " done; running: "
            + String.join(", ", parts);
    if (line.length() > WIDTH) {
      line = line.substring(0, WIDTH - 1) + "…";
    }
    console.errRaw("\r\u001b[2K" + line);
    drawn = true;
  }

  private void clear() {
    if (drawn) {
      console.errRaw("\r\u001b[2K");
      drawn = false;
    }
    running.clear();
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    synchronized (this) {
      clear();
    }
  }
}
