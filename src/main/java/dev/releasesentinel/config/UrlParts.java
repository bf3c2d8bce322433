package dev.releasesentinel.config;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each {@code ${NAME}} of a url template lands (RFC 3986 section 3: scheme, authority with
 * user info, host and port, then path, query, fragment), and the encoding of a value for it. The
 * structure comes from what is written before the reference; a value never changes it.
 */
final class UrlParts {

  private UrlParts() {}

  /** The part of a url a reference is in. */
  enum Where {
    /** Before {@code ://}: the value gives the url's beginning. */
    START,
    USER_INFO,
    /** The host or the port. */
    HOST,
    PATH,
    QUERY,
    FRAGMENT
  }

  /** A reference's value, looked up when the url is resolved. */
  interface Values {
    String of(Template.Ref ref) throws Template.UnsetVariableException;
  }

  static String resolve(List<Template.Part> parts, Values values)
      throws Template.UnsetVariableException, Template.BadValueException {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      Template.Part p = parts.get(i);
      if (p instanceof Template.Text t) {
        out.append(t.text());
        continue;
      }
      Template.Ref r = (Template.Ref) p;
      String v = values.of(r);
      Where w = where(out, parts, i);
      switch (w) {
        case START -> out.append(v); // the value gives the url's beginning
        case HOST -> out.append(hostValue(r.name(), v));
        default -> out.append(encode(v));
      }
    }
    return out.toString();
  }

  /** Where reference {@code i} lands, given the url written before it. */
  static Where where(CharSequence before, List<Template.Part> parts, int i) {
    String s = before.toString();
    int sep = s.indexOf("://");
    if (sep < 0) {
      return Where.START;
    }
    int end = sep + 3;
    while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
      end++;
    }
    if (end == s.length()) {
      boolean afterAt = s.indexOf('@', sep + 3) >= 0;
      return !afterAt && atFollows(parts, i + 1) ? Where.USER_INFO : Where.HOST;
    }
    if (s.indexOf('#', end) >= 0) {
      return Where.FRAGMENT;
    }
    return s.indexOf('?', end) >= 0 ? Where.QUERY : Where.PATH;
  }

  /** Whether the literal text after part {@code from} has an '@' before the authority ends. */
  private static boolean atFollows(List<Template.Part> parts, int from) {
    for (int j = from; j < parts.size(); j++) {
      if (parts.get(j) instanceof Template.Text t) {
        for (int k = 0; k < t.text().length(); k++) {
          char c = t.text().charAt(k);
          if (c == '@') {
            return true;
          }
          if (c == '/' || c == '?' || c == '#') {
            return false;
          }
        }
      }
    }
    return false;
  }

  /**
   * The variables that may land in the scheme, host or port whatever their values: with the values
   * unknown, a reference at the start may have written the scheme and the host, so what follows it
   * counts as the authority until a '/', '?' or '#' is written.
   */
  static Set<String> hostVariables(List<Template.Part> parts) {
    Set<String> out = new LinkedHashSet<>();
    Where at = Where.START;
    boolean sawAt = false;
    for (int i = 0; i < parts.size(); i++) {
      Template.Part p = parts.get(i);
      if (p instanceof Template.Ref r) {
        boolean userInfo = at == Where.HOST && !sawAt && atFollows(parts, i + 1);
        if (at == Where.START || at == Where.HOST && !userInfo) {
          out.add(r.name());
        }
        if (at == Where.START) {
          at = Where.HOST; // the value may have written "scheme://host"
        }
        continue;
      }
      String t = ((Template.Text) p).text();
      for (int k = 0; k < t.length(); k++) {
        if ((at == Where.START || at == Where.HOST) && t.startsWith("://", k)) {
          at = Where.HOST;
          sawAt = false;
          k += 2;
          continue;
        }
        char c = t.charAt(k);
        if (at == Where.HOST && c == '@') {
          sawAt = true;
        } else if (at != Where.START && at != Where.FRAGMENT) {
          if (c == '#') {
            at = Where.FRAGMENT;
          } else if (c == '?' && at != Where.QUERY) {
            at = Where.QUERY;
          } else if (c == '/' && at == Where.HOST) {
            at = Where.PATH;
          }
        }
      }
    }
    return out;
  }

  /** A host or port value as it is, unless it holds a character that would end them. */
  private static String hostValue(String name, String value) throws Template.BadValueException {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '@' || c == '\\' || c <= ' ' || c == 0x7f) {
        throw new Template.BadValueException(
            name,
            "holds a character a url's host or port cannot hold ('/', '?', '#', '@', '\\',"
                + " whitespace or a control character), so it would change where the request"
                + " goes: fix the variable");
      }
    }
    return value;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Every byte of the UTF-8 form but RFC 3986's unreserved characters as {@code %XX}. */
  static String encode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder(bytes.length * 3);
    for (byte raw : bytes) {
      int c = raw & 0xff;
      boolean unreserved =
          c >= 'A' && c <= 'Z'
              || c >= 'a' && c <= 'z'
              || c >= '0' && c <= '9'
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        b.append((char) c);
      } else {
        b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return b.toString();
  }
}
