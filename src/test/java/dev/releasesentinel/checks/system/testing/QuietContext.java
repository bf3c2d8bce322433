package dev.releasesentinel.checks.system.testing;

import dev.releasesentinel.engine.CheckContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A check context with a far deadline that remembers the activities a check announced. */
public final class QuietContext implements CheckContext {

  private final List<String> activities = new CopyOnWriteArrayList<>();

  public List<String> activities() {
    return List.copyOf(activities);
  }

  @Override
  public Instant deadline() {
    return Instant.now().plus(Duration.ofMinutes(1));
  }

  @Override
  public Duration remaining() {
    return Duration.ofMinutes(1);
  }

  @Override
  public void activity(String what) {
    activities.add(what);
  }

  @Override
  public void waiting(Duration wait, String reason) {}

  @Override
  public void fact(dev.releasesentinel.engine.Fact key, String value) {}

  @Override
  public boolean cancelled() {
    return false;
  }
}
