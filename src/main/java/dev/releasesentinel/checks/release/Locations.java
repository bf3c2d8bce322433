package dev.releasesentinel.checks.release;

import com.fasterxml.jackson.core.JsonLocation;

/** Positions from Jackson's token locations, and parser messages cut to their first line. */
final class Locations {

  private Locations() {}

  static Position of(String file, JsonLocation l) {
    return l == null ? Position.file(file) : Position.of(file, l.getLineNr(), l.getColumnNr());
  }

  /** A parser's message without the "at [Source: ...]" lines Jackson appends. */
  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }
}
