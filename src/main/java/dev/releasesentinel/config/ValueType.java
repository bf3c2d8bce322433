package dev.releasesentinel.config;

import java.util.Optional;

/**
 * A kind of value the config takes, declared once: how the loader reads a YAML node of it (every
 * problem recorded with its location) and how the JSON Schema states it (docs/config.md, "Editor
 * support"). Both sides come from the same object, so they cannot drift apart.
 */
public interface ValueType<T> {

  /** The value of {@code node}, or empty with the problem recorded; {@code what} names it. */
  Optional<T> read(Node node, String what, Problems problems);

  /** The JSON Schema (draft-07) of a value of this type; null is never part of it. */
  SchemaNode schema(SchemaContext context);

  /** What a value of this type looks like, for the docs of every key of it ("" when obvious). */
  default String hint() {
    return "";
  }
}
