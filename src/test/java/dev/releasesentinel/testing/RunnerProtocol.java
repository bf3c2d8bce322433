package dev.releasesentinel.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Actions runner makes of an action's stdout and file commands, written from the rules in
 * docs/action-runner.md (the runner's ActionCommand.TryParseV2 / TryParse and the GITHUB_OUTPUT
 * file parser) independently of the production code, so tests decode output the way the runner
 * would.
 */
public final class RunnerProtocol {

  /** Commands the runner knows; anything else is plain text to it. */
  public static final Set<String> REGISTERED =
      Set.of(
          "add-mask",
          "error",
          "warning",
          "notice",
          "debug",
          "group",
          "endgroup",
          "set-output",
          "save-state",
          "set-env",
          "add-path",
          "add-matcher",
          "remove-matcher",
          "echo",
          "stop-commands");

  /** Annotations of one kind that become visible per step. */
  public static final int VISIBLE_PER_LEVEL = 10;

  public static final int MESSAGE_LIMIT = 4096;

  private RunnerProtocol() {}

  /** A decoded command and the index of its line in the output. */
  public record Command(int line, String name, Map<String, String> properties, String data) {
    public Optional<String> property(String key) {
      for (Map.Entry<String, String> e : properties.entrySet()) {
        if (e.getKey().equalsIgnoreCase(key)) {
          return Optional.of(e.getValue());
        }
      }
      return Optional.empty();
    }
  }

  /** Lines as .NET's ReadLine splits them: at LF, CR or CRLF. */
  public static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        out.add(cur.toString());
        cur.setLength(0);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  /**
   * Every command in the output, in order: the v2 form first, then the legacy form, as the runner
   * tries them.
   */
  public static List<Command> commands(String stdout) {
    List<Command> out = new ArrayList<>();
    List<String> lines = lines(stdout);
    for (int i = 0; i < lines.size(); i++) {
      Optional<Command> c = parseV2(i, lines.get(i)).or(legacyOf(i, lines.get(i)));
      c.ifPresent(out::add);
    }
    return out;
  }

  private static java.util.function.Supplier<Optional<Command>> legacyOf(int i, String line) {
    return () -> parseLegacy(i, line);
  }

  /** {@code ::name k=v,k=v::data} after leading whitespace (.NET TrimStart). */
  public static Optional<Command> parseV2(int index, String line) {
    String m = trimStartDotNet(line);
    if (!m.startsWith("::")) {
      return Optional.empty();
    }
    int end = m.indexOf("::", 2);
    if (end < 0) {
      return Optional.empty();
    }
    String info = m.substring(2, end);
    int space = info.indexOf(' ');
    String name = space < 0 ? info : info.substring(0, space);
    if (!registered(name)) {
      return Optional.empty();
    }
    Map<String, String> props = new LinkedHashMap<>();
    if (space > 0) {
      String propsText = info.substring(space + 1).strip();
      for (String p : propsText.split(",")) {
        if (p.isEmpty()) {
          continue;
        }
        String[] pair = splitTwoRemoveEmpty(p);
        if (pair.length == 2) {
          props.put(pair[0], unescapeProperty(pair[1]));
        }
      }
    }
    return Optional.of(new Command(index, name, props, unescapeData(m.substring(end + 2))));
  }

  /** The legacy {@code ##[name k=v;k=v]data}, found anywhere in a line. */
  public static Optional<Command> parseLegacy(int index, String line) {
    int start = line.indexOf("##[");
    if (start < 0) {
      return Optional.empty();
    }
    int rb = line.indexOf(']', start);
    if (rb < 0) {
      return Optional.empty();
    }
    String info = line.substring(start + 3, rb);
    int space = info.indexOf(' ');
    String name = space < 0 ? info : info.substring(0, space);
    if (!registered(name)) {
      return Optional.empty();
    }
    return Optional.of(new Command(index, name, Map.of(), line.substring(rb + 1)));
  }

  private static boolean registered(String name) {
    return REGISTERED.contains(name.toLowerCase(Locale.ROOT));
  }

  /** .NET's {@code Split('=', 2, RemoveEmptyEntries)} on one property. */
  private static String[] splitTwoRemoveEmpty(String p) {
    int eq = p.indexOf('=');
    if (eq < 0) {
      return new String[] {p};
    }
    String k = p.substring(0, eq);
    String v = p.substring(eq + 1);
    List<String> parts = new ArrayList<>();
    if (!k.isEmpty()) {
      parts.add(k);
    }
    if (!v.isEmpty()) {
      parts.add(v);
    }
    return parts.toArray(new String[0]);
  }

  public static String unescapeData(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  public static String unescapeProperty(String s) {
    return s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }

  /** .NET {@code Char.IsWhiteSpace}: separators plus TAB, LF, VT, FF, CR, NEL and NBSP. */
  static String trimStartDotNet(String s) {
    int i = 0;
    while (i < s.length() && dotNetWhitespace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  static boolean dotNetWhitespace(char c) {
    int t = Character.getType(c);
    return t == Character.SPACE_SEPARATOR
        || t == Character.LINE_SEPARATOR
        || t == Character.PARAGRAPH_SEPARATOR
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u0085'
        || c == '\u00A0';
  }

  /** The annotations that become visible: the first 10 of each level, messages cut at 4,096. */
  public static List<Command> visibleAnnotations(List<Command> commands) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<Command> out = new ArrayList<>();
    for (Command c : commands) {
      String n = c.name().toLowerCase(Locale.ROOT);
      if (n.equals("error") || n.equals("warning") || n.equals("notice")) {
        int k = seen.merge(n, 1, Integer::sum);
        if (k <= VISIBLE_PER_LEVEL) {
          String data =
              c.data().length() > MESSAGE_LIMIT ? c.data().substring(0, MESSAGE_LIMIT) : c.data();
          out.add(new Command(c.line(), c.name(), c.properties(), data));
        }
      }
    }
    return out;
  }

  /**
   * A GITHUB_OUTPUT file as the runner on Linux reads it: {@code name=value} split at the first
   * {@code =}, or {@code name<<DELIM} up to a line exactly {@code DELIM}; lines end at LF only.
   * Throws what the runner would report as a malformed file.
   */
  public static Map<String, String> outputs(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    int[] index = {0};
    String line = readLine(text, index);
    while (line != null) {
      if (!line.isEmpty()) {
        int eq = line.indexOf('=');
        int hd = line.indexOf("<<");
        if (eq >= 0 && (hd < 0 || eq < hd)) {
          out.put(line.substring(0, eq), line.substring(eq + 1));
        } else if (hd >= 0 && (eq < 0 || hd < eq)) {
          String name = line.substring(0, hd);
          String delimiter = line.substring(hd + 2);
          if (name.isEmpty() || delimiter.isEmpty()) {
            throw new IllegalStateException("Invalid format '" + line + "'");
          }
          int start = index[0];
          int end = index[0];
          String temp = readLine(text, index);
          while (!delimiter.equals(temp)) {
            if (temp == null) {
              throw new IllegalStateException("Matching delimiter not found '" + delimiter + "'");
            }
            end = index[0] - 1;
            temp = readLine(text, index);
          }
          out.put(name, end > start ? text.substring(start, end) : "");
        } else {
          throw new IllegalStateException("Invalid format '" + line + "'");
        }
      }
      line = readLine(text, index);
    }
    return out;
  }

  private static String readLine(String text, int[] index) {
    if (index[0] >= text.length()) {
      return null;
    }
    int from = index[0];
    int lf = text.indexOf('\n', from);
    if (lf < 0) {
      index[0] = text.length();
      return text.substring(from);
    }
    index[0] = lf + 1;
    return text.substring(from, lf);
  }
}
