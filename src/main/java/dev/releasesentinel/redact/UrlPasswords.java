package dev.releasesentinel.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the password of URL-shaped text, {@code scheme://user:PASSWORD@host}, by its shape, so it
 * is masked even when nobody declared it: in a config value, an upstream's echo or an exception
 * message (semantic-release printed such credentials, its issue #2449).
 */
public final class UrlPasswords {

  private UrlPasswords() {}

  /**
   * The scheme, the user (no ':' or '@'), then the password up to the last '@' before the authority
   * ends ('/', '?', '#' or whitespace), so that an unencoded '@' in a password ({@code
   * u:p@ss@host}) is masked whole. Characters that RFC 3986 never allows unencoded (quotes, angle
   * brackets, backslash...) end it too, so a URL inside JSON or XML does not run into its
   * neighbours.
   */
  private static final Pattern USERINFO =
      Pattern.compile(
          "(?<![A-Za-z0-9+.\\-])[A-Za-z][A-Za-z0-9+.\\-]*://"
              + "[^\\s/?#@:\"<>`\\\\{}|^\\[\\]]*:"
              + "([^\\s/?#\"<>`\\\\{}|^\\[\\]]+)@");

  /** The text with the password of every URL replaced by {@link Redactor#MASK}. */
  public static String mask(String text) {
    if (text == null || !text.contains("://")) {
      return text;
    }
    Spans spans = new Spans();
    find(text, spans);
    return spans.size() == 0 ? text : spans.apply(text, Redactor.MASK);
  }

  /** The passwords found in {@code text}, as written (still URL-encoded if they were). */
  public static List<String> passwords(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || !text.contains("://")) {
      return out;
    }
    Matcher m = USERINFO.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static void find(String text, Spans spans) {
    Matcher m = USERINFO.matcher(text);
    while (m.find()) {
      spans.add(m.start(1), m.end(1));
    }
  }
}
