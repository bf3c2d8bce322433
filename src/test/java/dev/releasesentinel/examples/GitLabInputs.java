package dev.releasesentinel.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitLab's CI/CD inputs as docs.gitlab.com/ci/inputs/ defines them: a {@code spec: inputs:} header
 * (type string, number, boolean or array; default; options; regex) and {@code $[[ inputs.NAME ]]}
 * interpolation in the document after it, in keys and values. An interpolation that is a whole YAML
 * value takes the input's type; one inside a longer string is interpolated as a string. At most
 * three functions ({@code expand_vars}, {@code truncate(offset,length)}, {@code posix_escape}) may
 * follow the name.
 */
record GitLabInputs(Map<String, JsonNode> spec) {

  static final Set<String> TYPES = Set.of("string", "number", "boolean", "array");
  static final Set<String> KEYWORDS = Set.of("type", "default", "description", "options", "regex");

  /** Anything that opens an interpolation block, well-formed or not. */
  static final Pattern OPENING = Pattern.compile("\\$\\[\\[");

  /** One well-formed block: the input's name and its functions. */
  static final Pattern BLOCK =
      Pattern.compile(
          "\\$\\[\\[\\s*inputs\\.([A-Za-z0-9_-]+)"
              + "((?:\\s*\\|\\s*(?:expand_vars|posix_escape|truncate\\(\\s*\\d+\\s*,\\s*\\d+\\s*\\)))"
              + "{0,3})\\s*]]");

  static GitLabInputs of(JsonNode header) {
    Map<String, JsonNode> inputs = new LinkedHashMap<>();
    header
        .path("spec")
        .path("inputs")
        .properties()
        .forEach(e -> inputs.put(e.getKey(), e.getValue()));
    return new GitLabInputs(inputs);
  }

  String type(String name) {
    return spec.get(name).path("type").asText("string");
  }

  /**
   * What is wrong with a value for this input, as GitLab checks it when the pipeline is created, or
   * null.
   */
  String problem(String name, JsonNode value) {
    JsonNode s = spec.get(name);
    if (s == null) {
      return "no input named " + name;
    }
    boolean typed =
        switch (type(name)) {
          case "string" -> value.isTextual();
          case "number" -> value.isNumber();
          case "boolean" -> value.isBoolean();
          case "array" -> value.isArray();
          default -> false;
        };
    if (!typed) {
      return name + ": " + value + " is not of type " + type(name);
    }
    if (s.has("options")) {
      boolean listed = false;
      for (JsonNode o : s.get("options")) {
        listed |= o.equals(value);
      }
      if (!listed) {
        return name + ": " + value + " is not one of " + s.get("options");
      }
    }
    if (s.has("regex")
        && !Pattern.compile(s.get("regex").asText()).matcher(value.asText()).find()) {
      return name + ": " + value + " does not match " + s.get("regex").asText();
    }
    return null;
  }

  /** The inputs' values: each default, replaced by what {@code given} sets (it must be valid). */
  Map<String, JsonNode> values(Map<String, JsonNode> given) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    spec.forEach(
        (name, s) -> {
          if (s.has("default")) {
            out.put(name, s.get("default"));
          }
        });
    given.forEach(
        (name, v) -> {
          String p = problem(name, v);
          if (p != null) {
            throw new IllegalArgumentException(p);
          }
          out.put(name, v);
        });
    for (String name : spec.keySet()) {
      if (!out.containsKey(name)) {
        throw new IllegalArgumentException(name + " is mandatory (no default) and not given");
      }
    }
    return out;
  }

  /** The names used by the blocks in {@code text}; fails on a block that is not well-formed. */
  static Set<String> used(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher open = OPENING.matcher(text);
    while (open.find()) {
      Matcher m = BLOCK.matcher(text).region(open.start(), text.length());
      if (!m.lookingAt()) {
        int end = Math.min(text.length(), open.start() + 60);
        throw new IllegalArgumentException(
            "not a valid interpolation block: " + text.substring(open.start(), end));
      }
      names.add(m.group(1));
    }
    return names;
  }

  /** The document with every block replaced, as GitLab interpolates it. */
  static JsonNode interpolate(JsonNode node, Map<String, JsonNode> values) {
    if (node.isTextual()) {
      return interpolateText(node.asText(), values);
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(e -> out.add(interpolate(e, values)));
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode key = interpolateText(e.getKey(), values);
        if (!key.isValueNode()) {
          throw new IllegalArgumentException("a key interpolates to " + key);
        }
        out.set(key.asText(), interpolate(e.getValue(), values));
      }
      return out;
    }
    return node;
  }

  private static JsonNode interpolateText(String text, Map<String, JsonNode> values) {
    used(text);
    Matcher m = BLOCK.matcher(text);
    if (m.matches() && m.group(2).isBlank()) {
      return value(m.group(1), values);
    }
    m.reset();
    StringBuilder out = new StringBuilder();
    List<String> arrays = new ArrayList<>();
    while (m.find()) {
      if (!m.group(2).isBlank()) {
        throw new IllegalArgumentException("functions are not interpolated here: " + m.group());
      }
      JsonNode v = value(m.group(1), values);
      if (v.isContainerNode()) {
        arrays.add(m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v.asText()));
    }
    if (!arrays.isEmpty()) {
      throw new IllegalArgumentException("array inputs inside a string: " + arrays);
    }
    m.appendTail(out);
    return TextNode.valueOf(out.toString());
  }

  private static JsonNode value(String name, Map<String, JsonNode> values) {
    JsonNode v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("unknown input: " + name);
    }
    return v;
  }
}
