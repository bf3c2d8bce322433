package dev.releasesentinel.checks.alertmanager;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One Alertmanager matcher, {@code severity=~"critical|page"}, checked the way Alertmanager parses
 * the {@code filter} of {@code /api/v2/alerts} (its labels package: a label name, one of {@code =
 * != =~ !~}, a value that may be double-quoted with {@code \"}, {@code \\} and {@code \n} escapes;
 * regexes match the whole value). A matcher that Alertmanager would refuse is refused when the
 * config is read, with the reason; the text is sent as written.
 */
public record Matcher(String text, String name, String operator, String value) {

  private static final Pattern SHAPE =
      Pattern.compile(
          "^\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(=~|=|!=|!~)\\s*(.*?)\\s*$", Pattern.DOTALL);

  public Matcher {
    Objects.requireNonNull(text, "text");
  }

  /**
   * @throws IllegalArgumentException saying what is wrong and how a matcher is written
   */
  public static Matcher parse(String text) {
    java.util.regex.Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      throw bad(text, "is not a matcher");
    }
    String raw = m.group(3);
    boolean quoted = raw.startsWith("\"");
    if (quoted) {
      raw = raw.substring(1);
    }
    StringBuilder value = new StringBuilder();
    boolean closed = !quoted;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i < raw.length() - 1) {
        char next = raw.charAt(++i);
        switch (next) {
          case 'n' -> value.append('\n');
          case '"', '\\' -> value.append(next);
          default -> value.append('\\').append(next);
        }
      } else if (c == '"') {
        if (!quoted || i < raw.length() - 1) {
          throw bad(text, "has an unescaped double quote in its value (write \\\")");
        }
        closed = true;
      } else {
        value.append(c);
      }
    }
    if (!closed) {
      throw bad(text, "opens a double quote it does not close");
    }
    String op = m.group(2);
    if (op.endsWith("~")) {
      try {
        Pattern.compile("^(?:" + value + ")$");
      } catch (PatternSyntaxException e) {
        throw bad(text, "has an invalid regular expression: " + e.getDescription());
      }
    }
    return new Matcher(text, m.group(1), op, value.toString());
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException(
        "filter '"
            + text
            + "' "
            + why
            + ": one Alertmanager matcher per item, e.g. 'severity=~\"critical|page\"' or"
            + " 'service=\"payments\"'");
  }
}
