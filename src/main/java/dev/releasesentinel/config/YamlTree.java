package dev.releasesentinel.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads YAML text into a {@link Node} tree that remembers where each value was written. */
final class YamlTree {

  /** Tags that say what the value already is: a string. */
  private static final java.util.Set<String> STRING_TAGS =
      java.util.Set.of("tag:yaml.org,2002:str", "!!str");

  /** The deepest nesting of maps and lists; a config needs about eight (docs/config.md). */
  static final int MAX_DEPTH = 32;

  // An empty plain value ("key:") is YAML's null, not an empty string. The reader's limits are set
  // here rather than left to the libraries' defaults (docs/config.md, "Limits"): at most the file
  // limit in code points and in one string, MAX_DEPTH levels of nesting, no alias expansion (the
  // tree refuses aliases), numbers of at most 64 digits.
  private static final YAMLFactory FACTORY = factory();

  private static YAMLFactory factory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(ConfigFile.MAX_BYTES);
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setMaxAliasesForCollections(0);
    loader.setAllowRecursiveKeys(false);
    return YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(ConfigFile.MAX_BYTES)
                .maxNameLength(ConfigFile.MAX_LINE)
                .maxNumberLength(64)
                .maxDocumentLength(ConfigFile.MAX_BYTES)
                .build())
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .build();
  }

  private final String file;
  private final List<ConfigProblem> problems;

  private YamlTree(String file, List<ConfigProblem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The document's root, or null if the text is not valid YAML (the problem is recorded). */
  static Node parse(String text, String file, List<ConfigProblem> problems) {
    YamlTree t = new YamlTree(file, problems);
    JsonParser p = null;
    try {
      p = FACTORY.createParser(text);
      JsonToken first = p.nextToken();
      if (first == null) {
        return new Node.MapNode(new Location(file, 1, 1), Map.of(), Map.of());
      }
      Node root = t.value(p);
      if (p.nextToken() != null) {
        problems.add(
            new ConfigProblem(
                t.location(p.currentTokenLocation()),
                "a config file holds one YAML document; remove the '---' and what follows"));
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      // A limit's exception (nesting, lengths) has no location of its own: where the reader was.
      JsonLocation at =
          e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation();
      Optional<Location> tab =
          String.valueOf(e.getOriginalMessage()).contains("(TAB)")
              ? indentingTab(text, file)
              : Optional.empty();
      if (tab.isPresent()) {
        // The reader names the token before the tab, in its own words: say where the tab is.
        problems.add(
            new ConfigProblem(
                tab.get(),
                "a tab indents this line; YAML indents with spaces only: replace the tab with"
                    + " spaces"));
        return null;
      }
      problems.add(new ConfigProblem(t.location(at), "invalid YAML: " + clean(e)));
      return null;
    } catch (IOException e) {
      problems.add(new ConfigProblem(new Location(file, 0, 0), "cannot read: " + e.getMessage()));
      return null;
    } catch (RuntimeException e) {
      // The YAML reader's own checks (its limits, malformed input it does not wrap) end here: a
      // config problem, never a crash.
      problems.add(
          new ConfigProblem(
              p == null ? new Location(file, 0, 0) : t.location(p.currentLocation()),
              "invalid YAML: " + e.getClass().getSimpleName() + " " + firstLine(e.getMessage())));
      return null;
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException | RuntimeException ignored) {
          // nothing was written; closing a reader over a string cannot lose anything
        }
      }
    }
  }

  /** The first tab in a line's leading whitespace, where a YAML reader refuses it. */
  static Optional<Location> indentingTab(String text, String file) {
    int line = 1;
    int col = 1;
    boolean leading = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        col = 1;
        leading = true;
        continue;
      }
      if (leading && c == '\t') {
        return Optional.of(new Location(file, line, col));
      }
      if (c != ' ' && c != '\r') {
        leading = false;
      }
      col++;
    }
    return Optional.empty();
  }

  private Node value(JsonParser p) throws IOException {
    Location at = location(p.currentTokenLocation());
    JsonToken tok = p.currentToken();
    Object tag = p.canReadTypeId() ? p.getTypeId() : null;
    if (tag != null && !STRING_TAGS.contains(tag.toString())) {
      // The reader would ignore a tag, reading the value as if it were not there: say so instead.
      problems.add(
          new ConfigProblem(
              at, "YAML tags (" + tag + ") are not supported in a config file: remove it"));
    }
    switch (tok) {
      case START_OBJECT -> {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          Location keyAt = location(p.currentTokenLocation());
          p.nextToken();
          Node v = value(p);
          if (entries.containsKey(key)) {
            problems.add(
                new ConfigProblem(
                    keyAt,
                    "duplicate key '"
                        + key
                        + "' (first at line "
                        + keys.get(key).line()
                        + "); keep one of them"));
            continue;
          }
          entries.put(key, v);
          keys.put(key, keyAt);
        }
        return new Node.MapNode(at, entries, keys);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p));
        }
        return new Node.ListNode(at, items);
      }
      case VALUE_STRING -> {
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
          problems.add(
              new ConfigProblem(
                  at,
                  "YAML aliases (*"
                      + p.getText()
                      + ") are not supported in a config file: write the value out"));
          return new Node.NullNode(at);
        }
        return new Node.ScalarNode(at, p.getText(), p.getText());
      }
      case VALUE_NUMBER_INT -> {
        Object v;
        try {
          v = p.getLongValue();
        } catch (IOException tooBig) {
          v = p.getText();
        }
        return new Node.ScalarNode(at, v, p.getText());
      }
      case VALUE_NUMBER_FLOAT -> {
        return new Node.ScalarNode(at, p.getDoubleValue(), p.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node.ScalarNode(at, tok == JsonToken.VALUE_TRUE, p.getText());
      }
      case VALUE_NULL -> {
        return new Node.NullNode(at);
      }
      default -> {
        // Embedded objects (binary, tagged values) have no meaning in this config.
        problems.add(new ConfigProblem(at, "unsupported YAML value (" + tok + ")"));
        return new Node.NullNode(at);
      }
    }
  }

  private Location location(JsonLocation loc) {
    if (loc == null || loc.getLineNr() <= 0) {
      return new Location(file, 0, 0);
    }
    return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String first = nl < 0 ? s : s.substring(0, nl);
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }

  /** The parser's message without its own location suffix and source dump. */
  private static String clean(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    if (msg == null) {
      return "unreadable";
    }
    int nl = msg.indexOf('\n');
    String first = nl < 0 ? msg : msg.substring(0, nl);
    StringBuilder b = new StringBuilder(first.strip());
    // SnakeYAML puts the useful part ("mapping values are not allowed here") on later lines.
    for (String line : msg.split("\n")) {
      String s = line.strip();
      if (!s.isEmpty()
          && !s.equals(first.strip())
          && !s.startsWith("in ")
          && !s.startsWith("^")
          && !s.startsWith("at [")
          && !s.contains("line ")) {
        b.append("; ").append(s);
      }
    }
    return b.toString().replaceAll("\\s+", " ");
  }
}
