package dev.releasesentinel.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for GitHub Flavored Markdown as cmark-gfm renders it (docs/report-formats.md,
 * "Markdown"). Outside text is escaped so that it shows as written and makes nothing: no HTML, no
 * table break, no mention, no link from markup. URLs, e-mail addresses and {@code @name} tokens
 * become code spans, so a URL keeps every character (a backslash escape inside an autolink would
 * end up in its address) and a name notifies nobody.
 */
final class Md {

  /** URLs, www. hosts, e-mail addresses and @mentions: each written as a code span. */
  private static final Pattern VERBATIM =
      Pattern.compile(
          "(?i)(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?')\\]]"
              + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"
              + "|(?<![A-Za-z0-9`])@[A-Za-z0-9][A-Za-z0-9_/-]*");

  private Md() {}

  /** Text in a paragraph or list item: a line break continues the item. */
  static String text(String s) {
    return escape(s, false);
  }

  /** Text in a table cell: a line break is {@code <br>}, and {@code |} cannot end the cell. */
  static String cell(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean cell) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    Matcher m = VERBATIM.matcher(s);
    int at = 0;
    while (m.find()) {
      plain(s.substring(at, m.start()), cell, b);
      b.append(code(m.group(), cell));
      at = m.end();
    }
    plain(s.substring(at), cell, b);
    return b.toString();
  }

  private static void plain(String s, boolean cell, StringBuilder b) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '~', '|', '!' ->
            b.append('\\').append(c);
        case '&' -> b.append("&amp;");
        case '\r' -> {}
        case '\n' -> b.append(cell ? "<br>" : " ");
        default -> b.append(Character.isISOControl(c) ? '?' : c);
      }
    }
  }

  /**
   * A code span holding {@code s} verbatim: a fence one backtick longer than the longest run
   * inside, padded when {@code s} starts or ends with a backtick; in a table cell {@code |} is
   * {@code \|} (cells are split before code spans are read); line breaks become spaces.
   */
  static String code(String s, boolean cell) {
    String t = s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    StringBuilder clean = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      clean.append(Character.isISOControl(c) ? '?' : c);
    }
    t = clean.toString();
    if (cell) {
      t = t.replace("|", "\\|");
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      run = t.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = t.startsWith("`") || t.endsWith("`") || t.isBlank();
    String inner = pad ? " " + t + " " : t;
    return fence + inner + fence;
  }

  static String code(String s) {
    return code(s, false);
  }

  /**
   * A link destination we build (commit, blob, run URLs): {@code &} as {@code &amp;} (a backslash
   * would stay in the address), spaces and brackets percent-encoded, {@code |} as {@code %7C}.
   */
  static String destination(String url) {
    StringBuilder b = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case ' ' -> b.append("%20");
        case '(' -> b.append("%28");
        case ')' -> b.append("%29");
        case '<' -> b.append("%3C");
        case '>' -> b.append("%3E");
        case '|' -> b.append("%7C");
        case '`' -> b.append("%60");
        case '"' -> b.append("%22");
        default -> b.append(Character.isISOControl(c) ? "" : String.valueOf(c));
      }
    }
    return b.toString();
  }

  static String link(String text, String url) {
    return "[" + text + "](" + destination(url) + ")";
  }
}
