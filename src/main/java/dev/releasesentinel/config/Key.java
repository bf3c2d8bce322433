package dev.releasesentinel.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One key of a config map, declared once: its name and value type (what the loader reads and the
 * schema states), what it means, its default and an example. Editors show the description and the
 * example (docs/config.md, "Editor support").
 */
public final class Key<T> {

  private final String name;
  private final ValueType<T> type;
  private final String description;
  private final Optional<Object> byDefault;
  private final Optional<String> example;
  private final boolean required;
  private final boolean nullable;

  private Key(
      String name,
      ValueType<T> type,
      String description,
      Optional<Object> byDefault,
      Optional<String> example,
      boolean required,
      boolean nullable) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.description = Objects.requireNonNull(description, "description");
    this.byDefault = byDefault;
    this.example = example;
    this.required = required;
    this.nullable = nullable;
  }

  /** A key; {@code description} is one or two plain sentences. */
  public static <T> Key<T> of(String name, ValueType<T> type, String description) {
    return new Key<>(name, type, description, Optional.empty(), Optional.empty(), false, true);
  }

  /** The value an absent key means: a string, number, boolean or list of those. */
  public Key<T> byDefault(Object value) {
    return new Key<>(name, type, description, Optional.of(value), example, required, nullable);
  }

  /** An example, as YAML lines of the key in its map. */
  public Key<T> example(String yaml) {
    return new Key<>(name, type, description, byDefault, Optional.of(yaml), required, nullable);
  }

  /** The map is incomplete without this key. */
  public Key<T> required() {
    return new Key<>(name, type, description, byDefault, example, true, nullable);
  }

  /** Null is no value for this key (elsewhere a null key is an absent key). */
  public Key<T> notNull() {
    return new Key<>(name, type, description, byDefault, example, required, false);
  }

  public String name() {
    return name;
  }

  public ValueType<T> type() {
    return type;
  }

  public String description() {
    return description;
  }

  public Optional<Object> byDefault() {
    return byDefault;
  }

  public Optional<String> example() {
    return example;
  }

  public boolean isRequired() {
    return required;
  }

  /**
   * The property's schema: the type and its docs. Null is allowed (a null key is an absent key)
   * unless the key says otherwise.
   */
  SchemaNode schema(SchemaContext c) {
    SchemaNode p = c.object();
    String text = type.hint().isEmpty() ? description : description + " " + type.hint();
    p.put("description", text);
    p.put("markdownDescription", markdown(text, byDefault.map(c.json()), example));
    byDefault.ifPresent(d -> p.put("default", d));
    p.putAll(nullable ? nullable(c, type.schema(c)) : type.schema(c));
    return p;
  }

  /** The description with its default (as JSON) and its example as a YAML block, for hovers. */
  static String markdown(String description, Optional<String> byDefault, Optional<String> ex) {
    StringBuilder b = new StringBuilder(description);
    byDefault.ifPresent(d -> b.append("\n\nDefault: `").append(d).append('`'));
    ex.ifPresent(e -> b.append("\n\nExample:\n\n```yaml\n").append(e.strip()).append("\n```"));
    return b.toString();
  }

  /** The same schema with JSON null allowed too. */
  static SchemaNode nullable(SchemaContext c, SchemaNode t) {
    SchemaNode o = t.copy();
    Object type = o.get("type");
    if (type != null && !o.has("anyOf") && !o.has("const")) {
      o.array("type").add("null");
      if (o.has("enum")) {
        o.array("enum").add(null);
      }
      return o;
    }
    if (o.has("enum") && !o.has("anyOf") && !o.has("const")) {
      o.array("enum").add(null);
      return o;
    }
    if (o.has("anyOf") && o.size() == 1) {
      o.array("anyOf").add(c.type("null"));
      return o;
    }
    SchemaNode wrapped = c.object();
    wrapped.array("anyOf").add(o).add(c.type("null"));
    return wrapped;
  }
}
