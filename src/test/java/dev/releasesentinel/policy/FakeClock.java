package dev.releasesentinel.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when the loop sleeps; it records every sleep. */
final class FakeClock extends Clock implements WaitLoop.Sleeper {

  Instant now;
  final List<Instant> sleeps = new ArrayList<>();

  FakeClock(String start) {
    now = Instant.parse(start);
  }

  @Override
  public void sleepUntil(Instant until) {
    sleeps.add(until);
    if (until.isAfter(now)) {
      now = until;
    }
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
