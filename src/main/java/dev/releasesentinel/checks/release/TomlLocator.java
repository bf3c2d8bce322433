package dev.releasesentinel.checks.release;

import java.util.ArrayList;
import java.util.List;

/**
 * The line on which a TOML document defines a key. Jackson's TOML module reads the document into a
 * tree without positions, so values always come from that parser; this only points a message at a
 * line. It follows TOML 1.0's line structure (https://toml.io/en/v1.0.0): table headers, dotted
 * keys, quoted keys, and multi-line strings (whose lines are skipped). A key set inside an inline
 * table is not located (line 0).
 */
final class TomlLocator {

  private TomlLocator() {}

  /** The 1-based line defining {@code path} (e.g. package, version), 0 if not found. */
  static int line(String text, List<String> path) {
    List<String> table = List.of();
    String[] lines = text.split("\n", -1);
    String inString = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (inString != null) {
        int close = line.indexOf(inString);
        if (close < 0) {
          continue;
        }
        inString = null;
        continue; // the rest of a multi-line string's last line defines no key
      }
      String t = line.strip();
      if (t.startsWith("[")) {
        boolean array = t.startsWith("[[");
        int end = t.indexOf(array ? "]]" : "]");
        if (end > 0) {
          table = keyPath(t.substring(array ? 2 : 1, end));
        }
        continue;
      }
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int eq = equalsOutsideQuotes(t);
      if (eq > 0) {
        List<String> full = new ArrayList<>(table);
        full.addAll(keyPath(t.substring(0, eq)));
        if (full.size() >= path.size() && full.subList(0, path.size()).equals(path)) {
          return i + 1;
        }
        String value = t.substring(eq + 1).strip();
        for (String q : new String[] {"\"\"\"", "'''"}) {
          if (value.startsWith(q) && value.indexOf(q, 3) < 0) {
            inString = q;
          }
        }
      }
    }
    return 0;
  }

  /** {@code a . "b.c" . 'd'} as [a, b.c, d]. */
  static List<String> keyPath(String keys) {
    List<String> out = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < keys.length(); i++) {
      char c = keys.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < keys.length()) {
          part.append(keys.charAt(++i));
        } else {
          part.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '.') {
        out.add(part.toString());
        part.setLength(0);
      } else if (!Character.isWhitespace(c)) {
        part.append(c);
      }
    }
    out.add(part.toString());
    return out;
  }

  private static int equalsOutsideQuotes(String t) {
    char quote = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '=') {
        return i;
      }
    }
    return -1;
  }
}
