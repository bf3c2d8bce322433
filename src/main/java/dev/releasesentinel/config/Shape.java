package dev.releasesentinel.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys one config map may hold, in the order the docs and messages list them; or, for a map
 * whose keys are names ({@code env.rules}, {@code headers}), what each name must look like and what
 * each value is. The loader reports any other key, with the closest declared one.
 */
public final class Shape {

  private final String description;
  private final Map<String, Key<?>> keys;
  private final Optional<String> namePattern;
  private final Optional<ValueType<?>> values;
  private final List<List<String>> oneOfRequired;

  private Shape(
      String description,
      Map<String, Key<?>> keys,
      Optional<String> namePattern,
      Optional<ValueType<?>> values,
      List<List<String>> oneOfRequired) {
    this.description = description;
    this.keys = keys;
    this.namePattern = namePattern;
    this.values = values;
    this.oneOfRequired = List.copyOf(oneOfRequired);
  }

  /** A map of these keys, in this order. */
  public static Shape of(String description, Key<?>... keys) {
    Map<String, Key<?>> m = new LinkedHashMap<>();
    for (Key<?> k : keys) {
      if (m.put(k.name(), k) != null) {
        throw new IllegalArgumentException("key declared twice: " + k.name());
      }
    }
    return new Shape(description, m, Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * A map whose keys are names matching {@code namePattern} (an ECMA-262 and Java regex, or null
   * for any name), each holding a value of {@code values}.
   */
  public static Shape names(String description, String namePattern, ValueType<?> values) {
    return new Shape(
        description, Map.of(), Optional.ofNullable(namePattern), Optional.of(values), List.of());
  }

  /** At least one of these keys must be given (the schema drops this in profiles). */
  public Shape oneOfRequired(String... names) {
    List<List<String>> all = new ArrayList<>(oneOfRequired);
    all.add(List.of(names));
    return new Shape(description, keys, namePattern, values, all);
  }

  public String description() {
    return description;
  }

  /** Whether the keys are free names rather than declared keys. */
  public boolean named() {
    return values.isPresent();
  }

  public boolean declares(String name) {
    return named() || keys.containsKey(name);
  }

  /** Whether the map needs some key: it cannot be empty, or null. */
  public boolean requiresKeys() {
    return keys.values().stream().anyMatch(Key::isRequired) || !oneOfRequired.isEmpty();
  }

  public List<Key<?>> keys() {
    return List.copyOf(keys.values());
  }

  public Optional<Key<?>> key(String name) {
    return Optional.ofNullable(keys.get(name));
  }

  public Optional<ValueType<?>> values() {
    return values;
  }

  public Optional<String> namePattern() {
    return namePattern;
  }

  public List<List<String>> oneOfRequiredKeys() {
    return oneOfRequired;
  }

  /** The JSON Schema of a map of this shape. */
  public SchemaNode schema(SchemaContext c) {
    SchemaNode o = c.type("object");
    if (named()) {
      namePattern.ifPresent(p -> o.put("propertyNames", c.object().put("pattern", p)));
      o.put("additionalProperties", values.get().schema(c));
      return o;
    }
    o.put("additionalProperties", false);
    SchemaNode props = c.object();
    o.put("properties", props);
    keys.values().forEach(k -> props.put(k.name(), k.schema(c)));
    if (!c.profile()) {
      List<String> required =
          keys.values().stream().filter(Key::isRequired).map(Key::name).toList();
      if (!required.isEmpty()) {
        required.forEach(r -> o.array("required").add(r));
      }
      if (!oneOfRequired.isEmpty()) {
        for (List<String> any : oneOfRequired) {
          SchemaNode anyOf = c.object();
          for (String name : any) {
            anyOf.array("anyOf").add(c.object().put("required", List.of(name)));
          }
          o.array("allOf").add(anyOf);
        }
      }
    }
    return o;
  }
}
