package dev.releasesentinel.config;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The environment profiles of a config file (docs/config.md, "Environments"). */
final class Profiles {

  private Profiles() {}

  /** Every profile by name, as written (null is an empty profile); problems recorded. */
  static Map<String, Node.MapNode> read(Node.MapNode root, Problems problems) {
    Map<String, Node.MapNode> profiles = new LinkedHashMap<>();
    Node envs = root.entries().get(ConfigLoader.ENVIRONMENTS.name());
    if (envs instanceof Node.MapNode em) {
      for (Map.Entry<String, Node> e : em.entries().entrySet()) {
        Node v = e.getValue();
        if (v instanceof Node.MapNode vm) {
          if (vm.entries().containsKey("environments")) {
            problems.add(
                vm.keyLocation("environments"),
                "environments." + e.getKey() + ": profiles cannot nest");
          }
          profiles.put(e.getKey(), vm);
        } else if (v instanceof Node.NullNode) {
          profiles.put(e.getKey(), new Node.MapNode(v.location(), Map.of(), Map.of()));
        } else {
          problems.add(
              v.location(),
              "environments." + e.getKey() + " must be a map of overrides, not " + v.kind());
        }
      }
    } else if (envs != null && !(envs instanceof Node.NullNode)) {
      problems.add(
          envs.location(), "environments must be a map of NAME: { overrides }, not " + envs.kind());
    }
    return profiles;
  }

  /** Where every part of {@code node} is: its nodes and its keys. */
  static Set<Location> locations(Node node) {
    Set<Location> out = new HashSet<>();
    collect(node, out);
    return out;
  }

  private static void collect(Node node, Set<Location> out) {
    out.add(node.location());
    if (node instanceof Node.MapNode m) {
      out.addAll(m.keyLocations().values());
      m.entries().values().forEach(child -> collect(child, out));
    } else if (node instanceof Node.ListNode l) {
      l.items().forEach(child -> collect(child, out));
    }
  }
}
