package dev.releasesentinel.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON Schema of the config file, as {@code release-sentinel schema} prints it: draft-07, which
 * editors read (docs/editors.md), written from the same key declarations the loader reads with.
 * Sections are definitions: whole for the top level and, where it differs, as a profile writes it
 * (a map there may leave out what the top level gives). Units with long patterns are definitions
 * too.
 */
final class ConfigSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigSchema() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static String of(ConfigLoader loader, String id) {
    Map<String, SchemaNode> units = new TreeMap<>();
    SchemaContext whole = new SchemaContext(false, ConfigSchema::json, units);
    SchemaContext profile = new SchemaContext(true, ConfigSchema::json, units);
    SchemaNode root = whole.object();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.put("$id", id);
    root.put("title", "release-sentinel config");
    root.put(
        "description",
        "The .release-sentinel.yml file: the families of checks to run and their settings. A family"
            + " absent from the file does not run.");
    root.put("type", "object");
    root.put("additionalProperties", false);
    root.put("properties", properties(loader, whole, Map.of()));
    SchemaNode definitions = whole.object();
    root.put("definitions", definitions);
    for (Section<?> s : loader.sections()) {
      definitions.put(s.name(), schema(s, whole));
    }
    Map<String, String> profileRefs = new java.util.HashMap<>();
    for (Section<?> s : loader.sections()) {
      SchemaNode asProfile = schema(s, profile);
      if (tree(asProfile).equals(tree(definitions.get(s.name())))) {
        profileRefs.put(s.name(), s.name());
      } else {
        definitions.put(s.name() + ".profile", asProfile);
        profileRefs.put(s.name(), s.name() + ".profile");
      }
    }
    SchemaNode profileSchema = whole.type("object");
    profileSchema.put("additionalProperties", false);
    profileSchema.put("properties", properties(loader, profile, profileRefs));
    definitions.put("profile", profileSchema);
    units.forEach(definitions::put);
    try {
      return JSON.writer(printer()).writeValueAsString(tree(root)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A value as JSON text (a default in the docs); maps by key, so the text is reproducible. */
  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(tree(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode tree(Object v) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof SchemaNode n) {
      ObjectNode o = NODES.objectNode();
      n.fields().forEach((k, x) -> o.set(k, tree(x)));
      return o;
    }
    if (v instanceof SchemaNode.Items i) {
      return tree(i.values());
    }
    if (v instanceof List<?> l) {
      ArrayNode a = NODES.arrayNode();
      l.forEach(x -> a.add(tree(x)));
      return a;
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode o = NODES.objectNode();
      new TreeMap<>(m).forEach((k, x) -> o.set(String.valueOf(k), tree(x)));
      return o;
    }
    return JSON.valueToTree(v);
  }

  /** The top level's properties: timeout, then each section, then the environments. */
  /** {@code refs}: the definition of each section in a profile (none at the top level). */
  private static SchemaNode properties(
      ConfigLoader loader, SchemaContext c, Map<String, String> refs) {
    SchemaNode props = c.object();
    props.put(ConfigLoader.TIMEOUT.name(), ConfigLoader.TIMEOUT.schema(c));
    if (!c.profile()) {
      Key<?> envs = ConfigLoader.ENVIRONMENTS;
      SchemaNode e = c.object();
      e.put("description", envs.description());
      e.put(
          "markdownDescription",
          Key.markdown(envs.description(), Optional.empty(), envs.example()));
      e.put("type", List.of("object", "null"));
      SchemaNode profiles = c.object();
      profiles
          .array("anyOf")
          .add(c.object().put("$ref", "#/definitions/profile"))
          .add(c.type("null"));
      e.put("additionalProperties", profiles);
      props.put(envs.name(), e);
    }
    for (Section<?> s : loader.sections()) {
      SchemaNode p = c.object();
      p.put("description", s.shape().description());
      p.put(
          "markdownDescription",
          Key.markdown(
              s.shape().description(),
              Optional.empty(),
              Optional.of(s.name() + ":\n" + s.example().strip().indent(2))));
      SchemaNode.Items forms =
          p.array("anyOf")
              .add(
                  c.object().put("$ref", "#/definitions/" + refs.getOrDefault(s.name(), s.name())));
      if (c.profile() || s.isList() || !s.shape().requiresKeys()) {
        // git: with nothing after it runs the defaults; in a profile, null removes the section
        forms.add(c.type("null"));
      }
      props.put(s.name(), p);
    }
    return props;
  }

  /** A section's map, or for a list section ({@code waivers:}) a list of such maps. */
  private static SchemaNode schema(Section<?> s, SchemaContext c) {
    if (!s.isList()) {
      return s.shape().schema(c);
    }
    return c.type("array").put("items", s.shape().schema(c.whole()));
  }

  private static DefaultPrettyPrinter printer() {
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return pp;
  }
}
