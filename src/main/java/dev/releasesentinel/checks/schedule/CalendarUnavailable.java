package dev.releasesentinel.checks.schedule;

/** A calendar that cannot be read, fetched or parsed; its message names it (and the line). */
final class CalendarUnavailable extends Exception {

  CalendarUnavailable(String message) {
    super(message);
  }
}
