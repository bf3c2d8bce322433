package dev.releasesentinel.checks.env;

import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.Unmasked;

/**
 * How a non-secret value appears in a message: masked first (every registered secret, URL
 * passwords), then quoted, control characters escaped (a value must not break a report line or
 * forge a workflow command), and cut when long. Masking comes first so that a secret is whole when
 * the redactor looks for it; a value cut first could show a secret's start.
 */
final class Shown {

  private Shown() {}

  static final int MAX = 60;

  static String value(Unmasked value, Redactor redactor) {
    String masked = redactor.mask(value);
    StringBuilder b = new StringBuilder("'");
    int count = 0;
    for (int i = 0; i < masked.length(); ) {
      int cp = masked.codePointAt(i);
      i += Character.charCount(cp);
      if (count == MAX) {
        b.append("...");
        break;
      }
      count++;
      switch (cp) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(cp)) {
            b.append(String.format("\\u%04x", cp));
          } else {
            b.appendCodePoint(cp);
          }
        }
      }
    }
    return b.append('\'').toString();
  }

  /** The length in characters (code points), as users count them. */
  static int length(String value) {
    return value.codePointCount(0, value.length());
  }
}
