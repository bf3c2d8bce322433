package dev.releasesentinel.checks.monitoring.testing;

import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.Fact;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A check context whose run ends {@code timeLeft} from now, recording what the check says. */
public final class DeadlineContext implements CheckContext {

  private final long deadlineNanos;
  private final Instant deadline;
  private final List<String> activities = new CopyOnWriteArrayList<>();

  private DeadlineContext(Duration timeLeft) {
    this.deadlineNanos = System.nanoTime() + timeLeft.toNanos();
    this.deadline = Instant.now().plus(timeLeft);
  }

  public static DeadlineContext withTimeLeft(Duration timeLeft) {
    return new DeadlineContext(timeLeft);
  }

  public static DeadlineContext relaxed() {
    return new DeadlineContext(Duration.ofMinutes(2));
  }

  public List<String> activities() {
    return List.copyOf(activities);
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
    activities.add("waiting " + wait + ": " + reason);
  }

  @Override
  public void fact(Fact fact, String value) {}

  @Override
  public boolean cancelled() {
    return Thread.currentThread().isInterrupted();
  }
}
