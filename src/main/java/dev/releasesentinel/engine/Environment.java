package dev.releasesentinel.engine;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The process environment, read in one place only so that tests pass a map and never mutate the
 * real environment.
 */
public final class Environment {

  private final Map<String, String> values;

  private Environment(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The real process environment. */
  public static Environment system() {
    return new Environment(System.getenv());
  }

  public static Environment of(Map<String, String> values) {
    return new Environment(values);
  }

  /** The value, if the variable is set (possibly empty). */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The value, if the variable is set and not empty. */
  public Optional<String> nonEmpty(String name) {
    String v = values.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  public boolean isSet(String name) {
    return values.containsKey(name);
  }

  /** Every variable, sorted by name. */
  public Map<String, String> all() {
    return new TreeMap<>(values);
  }

  /** A copy with some variables set or replaced. */
  public Environment with(Map<String, String> more) {
    Map<String, String> m = new TreeMap<>(values);
    m.putAll(more);
    return new Environment(m);
  }
}
