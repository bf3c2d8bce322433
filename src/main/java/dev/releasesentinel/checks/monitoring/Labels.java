package dev.releasesentinel.checks.monitoring;

import java.util.Map;

/** Label sets written as PromQL writes them: {@code name{job="payments",instance="a"}}. */
public final class Labels {

  private Labels() {}

  /**
   * The labels in their order, {@code __name__} in front of the braces; {@code {}} for none. Values
   * are escaped as in PromQL strings ({@code \\}, {@code \"}, {@code \n}).
   */
  public static String format(Map<String, String> labels) {
    StringBuilder b = new StringBuilder();
    String name = labels.get("__name__");
    if (name != null) {
      b.append(name);
    }
    b.append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      if (e.getKey().equals("__name__")) {
        continue;
      }
      if (!first) {
        b.append(',');
      }
      first = false;
      b.append(e.getKey()).append("=\"").append(escape(e.getValue())).append('"');
    }
    return b.append('}').toString();
  }

  static String escape(String v) {
    return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
