package dev.releasesentinel.checks.schedule;

import java.time.Instant;

/** One occurrence of a calendar event: [start, end), with the event's SUMMARY (may be empty). */
record Occurrence(Instant start, Instant end, String summary) {

  boolean contains(Instant t) {
    return !start.isAfter(t) && end.isAfter(t);
  }
}
