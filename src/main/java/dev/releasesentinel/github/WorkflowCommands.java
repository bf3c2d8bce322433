package dev.releasesentinel.github;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text protocol of the Actions runner's workflow commands ({@code ::name k=v,k=v::data}), as
 * the runner decodes it (docs/action-runner.md, "Workflow commands"): escaping of data and property
 * values, and the neutralising of plain text so that nothing echoed from outside can forge a
 * command.
 */
public final class WorkflowCommands {

  private WorkflowCommands() {}

  /** Data after the second {@code ::}: {@code %} first, then CR and LF. */
  public static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: like data, plus {@code :} and {@code ,}, which end a value. */
  public static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }

  /**
   * One command line. Property names are written as given (the runner does not trim them, so they
   * must not carry spaces); values are escaped.
   */
  public static String command(String name, Map<String, String> properties, String data) {
    StringBuilder b = new StringBuilder("::").append(name);
    if (!properties.isEmpty()) {
      b.append(' ');
      boolean first = true;
      for (Map.Entry<String, String> p : properties.entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        b.append(p.getKey()).append('=').append(escapeProperty(p.getValue()));
      }
    }
    return b.append("::").append(escapeData(data)).toString();
  }

  /**
   * The lines the runner will see in {@code text}: it reads its child's output line by line and
   * .NET ends a line at LF, CR or CRLF, so a lone CR starts a new line too.
   */
  public static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /**
   * One line of plain text made inert: the runner reads {@code ::} at the start of a line (after
   * leading whitespace) and the legacy {@code ##[} anywhere in it as a command. A space is put
   * between the two characters that would start one; everything else stays as it was.
   */
  public static String neutralise(String line) {
    String out = line.contains("##[") ? line.replace("##[", "## [") : line;
    int i = 0;
    while (i < out.length() && isRunnerWhitespace(out.charAt(i))) {
      i++;
    }
    if (out.startsWith("::", i)) {
      out = out.substring(0, i + 1) + " " + out.substring(i + 1);
    }
    return out;
  }

  /**
   * A superset of .NET's {@code Char.IsWhiteSpace}, which {@code TrimStart()} uses: Java's notion
   * misses the no-break spaces and NEL.
   */
  static boolean isRunnerWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }
}
