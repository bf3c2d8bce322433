package dev.releasesentinel.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A result's details: copied in a reproducible order, and passed through a text function. */
final class DetailMaps {

  private DetailMaps() {}

  /**
   * Details keep the order they were put in when that order is defined (a LinkedHashMap); the
   * unordered maps of {@code Map.of} are sorted by key, so every report is reproducible.
   */
  static Map<String, Object> orderedCopy(Map<String, ?> details) {
    if (details == null || details.isEmpty()) {
      return Map.of();
    }
    Map<String, ?> source =
        details instanceof LinkedHashMap || details instanceof java.util.SortedMap
            ? details
            : new java.util.TreeMap<>(details);
    Map<String, Object> copy = new LinkedHashMap<>();
    source.forEach((k, v) -> copy.put(k, ordered(v)));
    return Collections.unmodifiableMap(copy);
  }

  /** Nested maps get the same treatment; lists keep their order. */
  @SuppressWarnings("unchecked")
  private static Object ordered(Object v) {
    if (v instanceof Map<?, ?> m) {
      return orderedCopy((Map<String, ?>) m);
    }
    if (v instanceof java.util.List<?> l) {
      return l.stream().map(DetailMaps::ordered).toList();
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> mapDetails(
      Map<String, Object> d, java.util.function.UnaryOperator<String> f) {
    Map<String, Object> out = new LinkedHashMap<>();
    d.forEach((k, v) -> out.put(f.apply(k), mapValue(v, f)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object mapValue(Object v, java.util.function.UnaryOperator<String> f) {
    if (v instanceof String s) {
      return f.apply(s);
    }
    if (v instanceof Map<?, ?> m) {
      return mapDetails((Map<String, Object>) m, f);
    }
    if (v instanceof java.util.List<?> l) {
      return l.stream().map(x -> mapValue(x, f)).toList();
    }
    return v;
  }
}
