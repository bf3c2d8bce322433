package dev.releasesentinel.engine;

import java.time.Duration;
import java.util.List;

/** What the runner tells a {@link ProgressListener} while a run goes on. */
public sealed interface ProgressEvent {

  record RunStarted(List<CheckId> checks, Duration timeout) implements ProgressEvent {}

  record CheckStarted(CheckId id) implements ProgressEvent {}

  record CheckActivity(CheckId id, String activity) implements ProgressEvent {}

  record CheckWaiting(CheckId id, Duration delay, String reason) implements ProgressEvent {}

  /** A check threw instead of returning a result; it ends as ERROR, the cause is for --debug. */
  record CheckCrashed(CheckId id, Throwable cause) implements ProgressEvent {}

  record CheckFinished(CheckResult result) implements ProgressEvent {}

  record RunFinished(Verdict verdict, Duration duration) implements ProgressEvent {}
}
