package dev.releasesentinel.testing;

import dev.releasesentinel.engine.CheckContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A check context with a far deadline that records what the check says. */
public final class StubCheckContext implements CheckContext {

  public final List<String> activities = new ArrayList<>();

  @Override
  public Instant deadline() {
    return Instant.now().plus(Duration.ofMinutes(5));
  }

  @Override
  public Duration remaining() {
    return Duration.ofMinutes(5);
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
  public void fact(dev.releasesentinel.engine.Fact key, String value) {}

  @Override
  public boolean cancelled() {
    return false;
  }
}
