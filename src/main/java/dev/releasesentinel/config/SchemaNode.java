package dev.releasesentinel.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema object being written: ordered keys whose values are strings, numbers, booleans,
 * null, lists, maps or other nodes. Plain JDK types, so that reading a config loads no JSON
 * library; {@link ConfigSchema} turns the finished tree into text.
 */
public final class SchemaNode {

  private final Map<String, Object> fields = new LinkedHashMap<>();

  public SchemaNode put(String key, Object value) {
    fields.put(key, value);
    return this;
  }

  /** The list at {@code key}, created empty when absent. */
  @SuppressWarnings("unchecked")
  public Items array(String key) {
    Object v = fields.get(key);
    if (v instanceof Items i) {
      return i;
    }
    Items i = new Items();
    if (v instanceof List<?> l) {
      i.values.addAll((List<Object>) l);
    } else if (v != null) {
      i.values.add(v);
    }
    fields.put(key, i);
    return i;
  }

  public Object get(String key) {
    return fields.get(key);
  }

  public boolean has(String key) {
    return fields.containsKey(key);
  }

  public void remove(String key) {
    fields.remove(key);
  }

  public void clear() {
    fields.clear();
  }

  public int size() {
    return fields.size();
  }

  /** Every key of {@code other}, put here. */
  public SchemaNode putAll(SchemaNode other) {
    fields.putAll(other.fields);
    return this;
  }

  /** A copy, nested nodes and lists copied too. */
  public SchemaNode copy() {
    SchemaNode c = new SchemaNode();
    fields.forEach((k, v) -> c.fields.put(k, copy(v)));
    return c;
  }

  private static Object copy(Object v) {
    if (v instanceof SchemaNode n) {
      return n.copy();
    }
    if (v instanceof Items i) {
      Items c = new Items();
      i.values.forEach(x -> c.values.add(copy(x)));
      return c;
    }
    return v;
  }

  public Map<String, Object> fields() {
    return fields;
  }

  /** A JSON array of a schema. */
  public static final class Items {
    private final List<Object> values = new ArrayList<>();

    public Items add(Object value) {
      values.add(value);
      return this;
    }

    public List<Object> values() {
      return values;
    }
  }
}
