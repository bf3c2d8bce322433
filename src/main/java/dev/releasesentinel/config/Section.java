package dev.releasesentinel.config;

import java.util.Optional;
import java.util.Set;

/**
 * A top-level section of the config file ({@code git:}, later {@code waivers:}): its keys, declared
 * once for the loader and the schema, and how its map becomes a value. A section absent from the
 * file is absent from the {@link Config}; {@code name:} with nothing after it binds an empty map.
 */
public interface Section<T> {

  /** The key at the top level of the file, e.g. {@code git}. */
  String name();

  /** The keys of its map; the binder reads only these. */
  Shape shape();

  /** An example of the whole section, as YAML lines under the section's key, for the docs. */
  String example();

  /**
   * The section's value. The binder reads {@code fields} (declared keys only), records every
   * problem with its location, and calls {@link Fields#finish()} at the end.
   */
  T bind(Fields fields, Binding binding);

  /**
   * Whether the section is a list of maps of {@link #shape()} ({@code waivers:}) rather than one
   * map; such a section is bound by {@link #bindList}.
   */
  default boolean isList() {
    return false;
  }

  /**
   * A list section's value: each item read with {@link #shape()} ({@link Fields#of}), every problem
   * recorded with its location.
   */
  default T bindList(Node.ListNode items, Problems problems, Binding binding) {
    throw new UnsupportedOperationException(name() + " is not a list section");
  }

  /** The section in the built-in defaults (used without a config file), as YAML under its key. */
  default Optional<String> builtIn() {
    return Optional.empty();
  }

  /**
   * The variables this section declares secret, read from its raw map before any section is bound,
   * so that every section knows them (a url's host must not carry a secret). Profiles included.
   */
  default void secretNames(Node.MapNode section, Set<String> out) {}
}
