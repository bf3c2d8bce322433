package dev.releasesentinel.config;

import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Suggest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Reads the keys of one YAML map, converting and checking each value; every problem is recorded
 * with its location, and {@link #finish()} reports keys nobody asked for, with a suggestion.
 */
final class Fields {

  private final Node.MapNode map;
  private final String path;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();

  private Fields(Node.MapNode map, String path, Problems problems) {
    this.map = map;
    this.path = path;
    this.problems = problems;
  }

  /** The fields of {@code node} if it is a map; otherwise the problem is recorded. */
  static Optional<Fields> of(Node node, String path, Problems problems) {
    if (node instanceof Node.MapNode m) {
      return Optional.of(new Fields(m, path, problems));
    }
    if (node instanceof Node.NullNode n) {
      return Optional.of(
          new Fields(
              new Node.MapNode(n.location(), java.util.Map.of(), java.util.Map.of()),
              path,
              problems));
    }
    problems.add(node.location(), path + " must be a map (key: value lines), not " + node.kind());
    return Optional.empty();
  }

  String path() {
    return path;
  }

  Node.MapNode raw() {
    return map;
  }

  /** Every key of the map with its node, in file order (for maps whose keys are names). */
  List<Map.Entry<String, Node>> entries() {
    return List.copyOf(map.entries().entrySet());
  }

  Location location() {
    return map.location();
  }

  Location keyLocation(String key) {
    return map.keyLocation(key);
  }

  String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  Problems problems() {
    return problems;
  }

  /** The value of {@code key}; an explicit null counts as absent. */
  Optional<Node> get(String key) {
    known.add(key);
    Node n = map.entries().get(key);
    if (n == null || n instanceof Node.NullNode) {
      return Optional.empty();
    }
    return Optional.of(n);
  }

  /** Whether the key is written at all, even as null. */
  boolean has(String key) {
    known.add(key);
    return map.entries().containsKey(key);
  }

  void problem(Node at, String key, String message) {
    problems.add(at.location(), child(key) + ": " + message);
  }

  Optional<String> string(String key) {
    return get(key).flatMap(n -> asString(n, child(key)));
  }

  String string(String key, String def) {
    return string(key).orElse(def);
  }

  Optional<String> asString(Node n, String what) {
    if (n instanceof Node.ScalarNode s && !(s.value() instanceof Boolean)) {
      return Optional.of(s.text());
    }
    if (n instanceof Node.ScalarNode s) {
      problems.add(
          n.location(), what + " must be a string, not the boolean " + s.text() + "; quote it");
      return Optional.empty();
    }
    problems.add(n.location(), what + " must be a string, not " + n.kind());
    return Optional.empty();
  }

  boolean bool(String key, boolean def) {
    return get(key).flatMap(n -> asBool(n, child(key))).orElse(def);
  }

  Optional<Boolean> asBool(Node n, String what) {
    if (n instanceof Node.ScalarNode s && s.value() instanceof Boolean b) {
      return Optional.of(b);
    }
    problems.add(n.location(), what + " must be true or false, not " + describe(n));
    return Optional.empty();
  }

  Optional<Integer> integer(String key, int min, int max) {
    return get(key).flatMap(n -> asInteger(n, child(key), min, max));
  }

  Optional<Integer> asInteger(Node n, String what, int min, int max) {
    if (n instanceof Node.ScalarNode s && s.value() instanceof Long l) {
      if (l < min || l > max) {
        problems.add(n.location(), what + " must be between " + min + " and " + max + ", not " + l);
        return Optional.empty();
      }
      return Optional.of(l.intValue());
    }
    problems.add(n.location(), what + " must be a whole number, not " + describe(n));
    return Optional.empty();
  }

  /** A finite number from {@code min} to {@code max}. */
  Optional<Double> number(String key, double min, double max) {
    return get(key)
        .flatMap(
            n -> {
              if (n instanceof Node.ScalarNode s && s.value() instanceof Number num) {
                double d = num.doubleValue();
                if (!Double.isFinite(d) || d < min || d > max) {
                  problem(
                      n,
                      key,
                      "must be a number from "
                          + plain(min)
                          + " to "
                          + plain(max)
                          + ", not "
                          + s.text());
                  return Optional.empty();
                }
                return Optional.of(d);
              }
              problem(n, key, "must be a number such as 2.0, not " + describe(n));
              return Optional.empty();
            });
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** A duration from 1ms to 1h: {@code 250ms}, {@code 5s}, {@code 2m}, {@code 1m30s}. */
  Optional<Duration> duration(String key) {
    return get(key).flatMap(n -> asDuration(n, child(key)));
  }

  Optional<Duration> asDuration(Node n, String what) {
    if (n instanceof Node.ScalarNode s) {
      Optional<Duration> d = Units.duration(s.text());
      if (d.isPresent() && Units.outOfRange(d.get()).isEmpty()) {
        return d;
      }
      if (d.isPresent() && !d.get().isZero()) {
        problems.add(
            n.location(),
            what
                + ": '"
                + s.text()
                + "' "
                + Units.outOfRange(d.get()).get()
                + " (durations run from 1ms to 1h)");
        return Optional.empty();
      }
      String hint =
          s.value() instanceof Number
              ? "; add a unit, e.g. " + s.text() + "s"
              : "; write e.g. 250ms, 5s, 2m, 1h or 1m30s";
      problems.add(
          n.location(),
          what
              + ": '"
              + s.text()
              + "' is not a "
              + (d.isPresent() ? "positive " : "")
              + "duration"
              + hint);
      return Optional.empty();
    }
    problems.add(n.location(), what + " must be a duration such as 5s, not " + n.kind());
    return Optional.empty();
  }

  /** A percentage from 0% to 100%. */
  Optional<Double> percent(String key) {
    return get(key)
        .flatMap(
            n -> {
              if (n instanceof Node.ScalarNode s) {
                Optional<Double> p = Units.percent(s.text());
                if (p.isPresent() && p.get() <= 100.0) {
                  return p;
                }
                String hint =
                    s.value() instanceof Number ? "; write " + s.text() + "%" : "; write e.g. 80%";
                problem(n, key, "'" + s.text() + "' is not a percentage from 0% to 100%" + hint);
                return Optional.empty();
              }
              problem(n, key, "must be a percentage such as 80%, not " + n.kind());
              return Optional.empty();
            });
  }

  /** A size in bytes: {@code 512MB}, {@code 5GiB}. */
  Optional<Long> size(String key) {
    return get(key)
        .flatMap(
            n -> {
              if (n instanceof Node.ScalarNode s) {
                Optional<Long> b = Units.size(s.text());
                if (b.isPresent() && b.get() <= Units.MAX_SIZE) {
                  return b;
                }
                if (b.isPresent()) {
                  problem(n, key, "'" + s.text() + "' is above 1 EiB, the largest size taken");
                  return Optional.empty();
                }
                problem(
                    n,
                    key,
                    "'"
                        + s.text()
                        + "' is not a size; write a number and a unit, e.g. 512MB or 5GiB (B, KB, MB,"
                        + " GB, TB, KiB, MiB, GiB, TiB)");
                return Optional.empty();
              }
              problem(n, key, "must be a size such as 5GiB, not " + n.kind());
              return Optional.empty();
            });
  }

  Optional<Pattern> regex(String key, int flags) {
    return get(key).flatMap(n -> asString(n, child(key))).flatMap(s -> compile(s, flags, key));
  }

  Optional<Pattern> compile(String regex, int flags, String key) {
    return compile(regex, flags, key, get(key).map(Node::location).orElse(map.location()));
  }

  Optional<Pattern> compile(String regex, int flags, String what, Location at) {
    try {
      return Optional.of(Pattern.compile(regex, flags));
    } catch (PatternSyntaxException e) {
      problems.add(
          at,
          child(what)
              + ": invalid regular expression '"
              + regex
              + "': "
              + e.getDescription()
              + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
      return Optional.empty();
    }
  }

  Optional<Severity> severity(String key) {
    return get(key)
        .flatMap(n -> asString(n, child(key)))
        .flatMap(
            s -> {
              Optional<Severity> sev = Severity.parse(s);
              if (sev.isEmpty()) {
                List<String> names = Arrays.stream(Severity.values()).map(Severity::label).toList();
                problems.add(
                    get(key).get().location(),
                    child(key)
                        + ": unknown severity '"
                        + s
                        + "'"
                        + Suggest.didYouMean(s, names)
                        + " (one of: warn, block, critical)");
              }
              return sev;
            });
  }

  Optional<Node.ListNode> list(String key) {
    return get(key)
        .flatMap(
            n -> {
              if (n instanceof Node.ListNode l) {
                return Optional.of(l);
              }
              problem(n, key, "must be a list, e.g. [a, b], not " + describe(n));
              return Optional.empty();
            });
  }

  /** A list of strings; each bad item is its own problem. */
  Optional<List<String>> strings(String key) {
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

  /** Records every key that no reader asked for, with the closest known name. */
  void finish() {
    for (String key : map.entries().keySet()) {
      if (!known.contains(key)) {
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

  static String describe(Node n) {
    if (n instanceof Node.ScalarNode s) {
      return "'" + s.text() + "'";
    }
    return n.kind();
  }
}
