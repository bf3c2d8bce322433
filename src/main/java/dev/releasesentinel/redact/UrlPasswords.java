package dev.releasesentinel.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds the password of URL-shaped text, {@code scheme://user:PASSWORD@host}, by its shape, so it
 * is masked even when nobody declared it: in a config value, an upstream's echo or an exception
 * message (semantic-release printed such credentials, its issue #2449).
 */
public final class UrlPasswords {

  private UrlPasswords() {}

  /**
   * Characters that end a URL's authority, or that RFC 3986 never allows unencoded in it (quotes,
   * angle brackets, backslash...), so that a URL inside JSON, XML or a sentence does not run into
   * its neighbours.
   */
  private static boolean endsAuthority(char c) {
    return c <= ' ' || c == '/' || c == '?' || c == '#' || c == '"' || c == '<' || c == '>'
        || c == '`' || c == '\\' || c == '{' || c == '}' || c == '|' || c == '^' || c == '['
        || c == ']' || c == 0x7f;
  }

  private static boolean schemeChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '.'
        || c == '-';
  }

  /**
   * Calls {@code found} with the range of each URL password: after {@code scheme://}, the user (up
   * to the first ':'), then the password up to the last '@' of the authority, so that an unencoded
   * '@' in a password ({@code u:p@ss@host}) is masked whole. A hand-written scan rather than a
   * regex: it runs on every output line, and {@code indexOf("://")} skips most of them.
   */
  private static void scan(String text, BiConsumer<Integer, Integer> found) {
    int from = 0;
    int sep;
    while ((sep = text.indexOf("://", from)) >= 0) {
      int authority = sep + 3;
      from = authority;
      // The scheme: a letter, then letters, digits, '+', '.', '-'.
      int s = sep;
      while (s > 0 && schemeChar(text.charAt(s - 1))) {
        s--;
      }
      while (s < sep && !Character.isLetter(text.charAt(s))) {
        s++;
      }
      if (s == sep) {
        continue;
      }
      int end = authority;
      int at = -1;
      int colon = -1;
      while (end < text.length() && !endsAuthority(text.charAt(end))) {
        char c = text.charAt(end);
        if (c == '@') {
          at = end;
        } else if (c == ':' && colon < 0 && at < 0) {
          colon = end;
        }
        end++;
      }
      // A ':' only counts before the first '@' (the user holds neither); none means no password.
      if (at < 0 || colon < 0) {
        continue;
      }
      if (at > colon + 1) {
        found.accept(colon + 1, at);
      }
      from = end;
    }
  }

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
    scan(text, (start, end) -> out.add(text.substring(start, end)));
    return out;
  }

  static void find(String text, Spans spans) {
    scan(text, spans::add);
  }
}
