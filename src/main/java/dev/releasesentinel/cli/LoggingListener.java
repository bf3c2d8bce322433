package dev.releasesentinel.cli;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.ProgressEvent;
import dev.releasesentinel.engine.ProgressListener;
import dev.releasesentinel.log.Log;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns progress events into log lines: check results at info, the rest at debug. */
final class LoggingListener implements ProgressListener {

  private final Log log;

  LoggingListener(Log log) {
    this.log = log;
  }

  @Override
  public void onEvent(ProgressEvent event) {
    if (event instanceof ProgressEvent.CheckStarted s) {
      log.log(
          Log.Level.DEBUG, "check.started", s.id() + " started", Map.of("check", s.id().value()));
    } else if (event instanceof ProgressEvent.CheckActivity a) {
      log.log(
          Log.Level.DEBUG,
          "check.activity",
          a.id() + ": " + a.activity(),
          Map.of("check", a.id().value()));
    } else if (event instanceof ProgressEvent.CheckWaiting w) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("check", w.id().value());
      f.put("delayMs", w.delay().toMillis());
      log.log(Log.Level.DEBUG, "check.waiting", w.id() + ": " + w.reason(), f);
    } else if (event instanceof ProgressEvent.CheckCrashed c) {
      log.log(
          Log.Level.DEBUG,
          "check.crashed",
          c.id() + " threw " + c.cause(),
          Map.of("check", c.id().value()));
      log.trace(c.cause());
    } else if (event instanceof ProgressEvent.CheckFinished f) {
      CheckResult r = f.result();
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("check", r.id().value());
      fields.put("status", r.status().name());
      fields.put("severity", r.severity().label());
      fields.put("durationMs", r.duration().toMillis());
      fields.put("attempts", r.attempts());
      Log.Level level = log.format() == Log.Format.JSON ? Log.Level.INFO : Log.Level.DEBUG;
      log.log(level, "check.finished", r.id() + " " + r.status() + ": " + r.message(), fields);
    } else if (event instanceof ProgressEvent.RunFinished r) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("verdict", r.verdict().name());
      fields.put("durationMs", r.duration().toMillis());
      Log.Level level = log.format() == Log.Format.JSON ? Log.Level.INFO : Log.Level.DEBUG;
      log.log(level, "run.finished", "verdict " + r.verdict(), fields);
    }
  }
}
