package dev.releasesentinel.checks.release;

import java.util.List;

/** What reading one manifest found: versions, none, one that cannot be known, or a problem. */
sealed interface Reading {

  /** The manifest declares these versions (Chart.yaml may declare two). */
  record Declared(List<Declaration> declarations) implements Reading {
    public Declared {
      declarations = List.copyOf(declarations);
      if (declarations.isEmpty()) {
        throw new IllegalArgumentException("no declaration");
      }
    }
  }

  /** The manifest declares no version at all; {@code why} says where one was looked for. */
  record Absent(String why) implements Reading {}

  /**
   * The manifest sets its version in a way only its build tool knows (a dynamic version, a computed
   * expression, a property set on the command line): it cannot be told statically.
   */
  record Unknowable(String why, Position at) implements Reading {}

  /** The manifest cannot be read or parsed; {@code at} points at the problem when known. */
  record Unreadable(String problem, Position at) implements Reading {}
}
