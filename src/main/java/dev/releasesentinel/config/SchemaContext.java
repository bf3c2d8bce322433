package dev.releasesentinel.config;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a value type needs to write its JSON Schema: whether the schema is for an environment
 * profile, which is merged over the top level before it is read (docs/config.md, "Environments"):
 * keys a map needs may come from the top level, so a profile's maps require none; and how a value
 * is written as JSON (for the docs of a default).
 */
public record SchemaContext(
    boolean profile, Function<Object, String> json, Map<String, SchemaNode> definitions) {

  /**
   * {@code {"$ref": "#/definitions/NAME"}}, the definition written once from {@code fragment}: a
   * unit's long pattern appears once in the schema, not at every key of that unit.
   */
  public SchemaNode ref(String name, Supplier<SchemaNode> fragment) {
    definitions.computeIfAbsent(name, n -> fragment.get());
    return object().put("$ref", "#/definitions/" + name);
  }

  public SchemaNode object() {
    return new SchemaNode();
  }

  /** {@code {"type": type}}. */
  public SchemaNode type(String type) {
    return object().put("type", type);
  }

  /** The same context for the whole top level (a list's items: a list replaces, never merges). */
  public SchemaContext whole() {
    return new SchemaContext(false, json, definitions);
  }
}
