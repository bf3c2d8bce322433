package dev.releasesentinel.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges an environment profile over the top level (docs/config.md, "Environments"): maps merge key
 * by key, lists and scalars replace, and {@code null} removes the key.
 */
final class Merge {

  private Merge() {}

  static Node.MapNode overlay(Node.MapNode base, Node.MapNode over) {
    Map<String, Node> entries = new LinkedHashMap<>(base.entries());
    Map<String, Location> keys = new LinkedHashMap<>(base.keyLocations());
    for (Map.Entry<String, Node> e : over.entries().entrySet()) {
      String key = e.getKey();
      Node value = e.getValue();
      Node old = entries.get(key);
      if (value instanceof Node.NullNode) {
        entries.remove(key);
        keys.remove(key);
      } else if (old instanceof Node.MapNode om && value instanceof Node.MapNode vm) {
        entries.put(key, overlay(om, vm));
      } else {
        entries.put(key, value);
        keys.put(key, over.keyLocation(key));
      }
    }
    return new Node.MapNode(base.location(), entries, keys);
  }
}
