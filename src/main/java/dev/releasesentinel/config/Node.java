package dev.releasesentinel.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with where it was written, so that every problem can name file, line and column even
 * after environment profiles were merged.
 */
public sealed interface Node {

  Location location();

  /** A word for messages: "a map", "a list", "a string". */
  String kind();

  /** A mapping; keys keep their order and their own locations. */
  record MapNode(Location location, Map<String, Node> entries, Map<String, Location> keyLocations)
      implements Node {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
    }

    public Location keyLocation(String key) {
      return keyLocations.getOrDefault(key, location);
    }

    @Override
    public String kind() {
      return "a map";
    }
  }

  /** A sequence. */
  record ListNode(Location location, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A scalar as YAML typed it: a String, Long, Double or Boolean. {@code text} is the scalar as
   * written.
   */
  record ScalarNode(Location location, Object value, String text) implements Node {
    @Override
    public String kind() {
      if (value instanceof Boolean) {
        return "a boolean";
      }
      if (value instanceof Number) {
        return "a number";
      }
      return "a string";
    }
  }

  /** An explicit null ({@code ~}, {@code null}, or nothing after the colon). */
  record NullNode(Location location) implements Node {
    @Override
    public String kind() {
      return "null";
    }
  }
}
