package dev.releasesentinel.checks.schedule;

import java.time.Instant;
import java.util.Optional;

/** What one freeze says at one instant. */
public sealed interface FreezeState {

  /**
   * In effect since {@code since}; {@code until} is when deploys are allowed again (empty: no end
   * found). {@code what} names the calendar event(s) that freeze, or is empty.
   */
  record Frozen(Instant since, Optional<Instant> until, String what) implements FreezeState {}

  /**
   * Not in effect. {@code nextStart}/{@code nextEnd}: the next time it will be (when known within
   * the look-ahead); {@code endedAt}: a one-off freeze that is over.
   */
  record Clear(
      Optional<Instant> nextStart,
      Optional<Instant> nextEnd,
      Optional<Instant> endedAt,
      String what)
      implements FreezeState {

    static Clear next(Instant start, Instant end, String what) {
      return new Clear(Optional.of(start), Optional.of(end), Optional.empty(), what);
    }

    static Clear ended(Instant end) {
      return new Clear(Optional.empty(), Optional.empty(), Optional.of(end), "");
    }

    static Clear none() {
      return new Clear(Optional.empty(), Optional.empty(), Optional.empty(), "");
    }
  }

  /** The freeze could not be evaluated (a calendar that cannot be read or parsed): never PASS. */
  record Unreadable(String message) implements FreezeState {}
}
