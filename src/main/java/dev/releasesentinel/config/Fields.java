package dev.releasesentinel.config;

import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Suggest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the keys of one YAML map of a declared {@link Shape}, converting and checking each value
 * with its declared type; every problem is recorded with its location, and {@link #finish()}
 * reports keys the shape does not declare, with the closest declared one.
 */
public final class Fields {

  private final Node.MapNode map;
  private final Shape shape;
  private final String path;
  private final Problems problems;

  private Fields(Node.MapNode map, Shape shape, String path, Problems problems) {
    this.map = map;
    this.shape = shape;
    this.path = path;
    this.problems = problems;
  }

  /** The fields of {@code node} if it is a map (null is an empty map); else the problem. */
  public static Optional<Fields> of(Node node, Shape shape, String path, Problems problems) {
    if (node instanceof Node.MapNode m) {
      return Optional.of(new Fields(m, shape, path, problems));
    }
    if (node instanceof Node.NullNode n) {
      return Optional.of(
          new Fields(new Node.MapNode(n.location(), Map.of(), Map.of()), shape, path, problems));
    }
    problems.add(node.location(), path + " must be a map (key: value lines), not " + node.kind());
    return Optional.empty();
  }

  public String path() {
    return path;
  }

  public Shape shape() {
    return shape;
  }

  /** Every key of the map with its node, in file order (for maps whose keys are names). */
  public List<Map.Entry<String, Node>> entries() {
    return List.copyOf(map.entries().entrySet());
  }

  public Location location() {
    return map.location();
  }

  public Location keyLocation(String key) {
    return map.keyLocation(key);
  }

  /** {@code path.key}, as messages name a key. */
  public String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  public Problems problems() {
    return problems;
  }

  /** The node of {@code key}; an explicit null counts as absent. The key must be declared. */
  public Optional<Node> get(String key) {
    declared(key);
    Node n = map.entries().get(key);
    if (n == null || n instanceof Node.NullNode) {
      return Optional.empty();
    }
    return Optional.of(n);
  }

  /** Whether the key is written at all, even as null. */
  public boolean has(String key) {
    declared(key);
    return map.entries().containsKey(key);
  }

  /** The value of a declared key, read with its declared type. */
  public <T> Optional<T> read(Key<T> key) {
    return get(key.name()).flatMap(n -> key.type().read(n, child(key.name()), problems));
  }

  /** The value of a declared key, or {@code def} when it is absent or wrong. */
  public <T> T read(Key<T> key, T def) {
    return read(key).orElse(def);
  }

  public void problem(Node at, String key, String message) {
    problems.add(at.location(), child(key) + ": " + message);
  }

  public Optional<String> string(String key) {
    return get(key).flatMap(n -> asString(n, child(key)));
  }

  public String string(String key, String def) {
    return string(key).orElse(def);
  }

  public Optional<String> asString(Node n, String what) {
    return Types.string(n, what, problems);
  }

  public boolean bool(String key, boolean def) {
    return get(key).flatMap(n -> Types.BOOLEAN.read(n, child(key), problems)).orElse(def);
  }

  public Optional<Integer> integer(String key, int min, int max) {
    return get(key).flatMap(n -> Types.integer(min, max).read(n, child(key), problems));
  }

  public Optional<Duration> duration(String key) {
    return get(key).flatMap(n -> UnitTypes.DURATION.read(n, child(key), problems));
  }

  public Optional<Severity> severity(String key) {
    return get(key).flatMap(n -> Types.SEVERITY.read(n, child(key), problems));
  }

  /**
   * The pattern {@code regex} (read from {@code key}), compiled; the problem at the key's value.
   */
  public Optional<Pattern> compile(String regex, int flags, String key) {
    Location at = get(key).map(Node::location).orElse(map.location());
    return Types.compile(regex, flags, child(key), at, problems);
  }

  public Optional<Node.ListNode> list(String key) {
    return get(key)
        .flatMap(
            n -> {
              if (n instanceof Node.ListNode l) {
                return Optional.of(l);
              }
              problem(n, key, "must be a list, e.g. [a, b], not " + Types.describe(n));
              return Optional.empty();
            });
  }

  /** A list of strings; each bad item is its own problem. */
  public Optional<List<String>> strings(String key) {
    return list(key)
        .map(
            l -> {
              List<String> out = new ArrayList<>();
              for (Node item : l.items()) {
                asString(item, child(key) + " item").ifPresent(out::add);
              }
              return out;
            });
  }

  /** Records every key the shape does not declare, with the closest declared name. */
  public void finish() {
    if (shape.named()) {
      return;
    }
    List<String> known = shape.keys().stream().map(Key::name).toList();
    for (String key : map.entries().keySet()) {
      if (!shape.declares(key)) {
        String where = path.isEmpty() ? "at the top level" : "in " + path;
        Optional<String> close = Suggest.closest(key, known);
        String fix =
            close
                .map(c -> "; did you mean '" + c + "'?")
                .orElse("; known keys: " + known.stream().collect(Collectors.joining(", ")));
        problems.add(map.keyLocation(key), "unknown key '" + key + "' " + where + fix);
      }
    }
  }

  private void declared(String key) {
    if (!shape.declares(key)) {
      throw new IllegalStateException(
          "the binder of '" + path + "' reads the key '" + key + "', which its shape lacks");
    }
  }
}
