package dev.releasesentinel.checks.api.testing;

import dev.releasesentinel.engine.CheckContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link CheckContext} with a deadline of our choosing that records what the check reports. */
public final class RecordingContext implements CheckContext {

  private final long deadlineNanos;
  private final Instant deadline;
  private volatile boolean cancelled;
  private final List<String> activities = new CopyOnWriteArrayList<>();
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final List<String> waitReasons = new CopyOnWriteArrayList<>();
  private final Map<String, String> facts = new ConcurrentHashMap<>();

  private RecordingContext(Duration timeLeft) {
    this.deadlineNanos = System.nanoTime() + timeLeft.toNanos();
    this.deadline = Instant.now().plus(timeLeft);
  }

  /** A run whose deadline is {@code timeLeft} from now. */
  public static RecordingContext withTimeLeft(Duration timeLeft) {
    return new RecordingContext(timeLeft);
  }

  /** A run with plenty of time. */
  public static RecordingContext relaxed() {
    return new RecordingContext(Duration.ofMinutes(2));
  }

  /** Gives up on the check, as the runner does at --fail-fast (without an interrupt). */
  public void cancel() {
    cancelled = true;
  }

  public List<String> activities() {
    return List.copyOf(activities);
  }

  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  public List<String> waitReasons() {
    return List.copyOf(waitReasons);
  }

  @Override
  public Instant deadline() {
    return deadline;
  }

  @Override
  public Duration remaining() {
    long left = deadlineNanos - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  @Override
  public void activity(String what) {
    activities.add(what);
  }

  @Override
  public void waiting(Duration wait, String reason) {
    waits.add(wait);
    waitReasons.add(reason);
  }

  @Override
  public void fact(dev.releasesentinel.engine.Fact key, String value) {
    facts.put(key.key(), value);
  }

  @Override
  public boolean cancelled() {
    return cancelled || Thread.currentThread().isInterrupted();
  }
}
