package dev.releasesentinel.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Regular expressions for unsigned decimals ({@code 12}, {@code 0.5}, {@code 007.250}) within a
 * bound, so that the JSON Schema states the same ranges the loader checks with exact arithmetic:
 * JSON Schema compares strings only by pattern. The expressions use only groups, classes and
 * quantifiers, which mean the same in Java and ECMA-262 (the dialect of JSON Schema patterns).
 */
final class DecimalPattern {

  private DecimalPattern() {}

  /** Decimals {@code <= max} (or {@code < max} when {@code strict}). */
  static String atMost(BigDecimal max, boolean strict) {
    Parts n = Parts.of(max);
    List<String> alts = new ArrayList<>();
    int k = n.integer.length();
    // A shorter integer part: any fraction.
    if (k > 0) {
      alts.add((k > 1 ? "(?:[1-9]\\d{0," + (k - 2) + "})?" : "") + ANY_FRACTION);
    }
    // As long, smaller at some digit: any fraction.
    for (int i = 0; i < k; i++) {
      int d = n.integer.charAt(i) - '0';
      int low = i == 0 ? 1 : 0;
      if (d > low) {
        alts.add(
            n.integer.substring(0, i)
                + range(low, d - 1)
                + (k - i - 1 > 0 ? "\\d{" + (k - i - 1) + "}" : "")
                + ANY_FRACTION);
      }
    }
    // The same integer part: a fraction at most the bound's.
    alts.add(n.integer + fractionAtMost(n.fraction, strict));
    return "(?=\\d)0*(?:" + String.join("|", alts) + ")";
  }

  /** Decimals {@code >= min}. */
  static String atLeast(BigDecimal min) {
    Parts n = Parts.of(min);
    List<String> alts = new ArrayList<>();
    int k = n.integer.length();
    // A longer integer part: any fraction.
    alts.add("[1-9]\\d{" + k + ",}" + ANY_FRACTION);
    // As long, larger at some digit.
    for (int i = 0; i < k; i++) {
      int d = n.integer.charAt(i) - '0';
      if (d < 9) {
        alts.add(
            n.integer.substring(0, i)
                + range(d + 1, 9)
                + (k - i - 1 > 0 ? "\\d{" + (k - i - 1) + "}" : "")
                + ANY_FRACTION);
      }
    }
    alts.add(n.integer + fractionAtLeast(n.fraction));
    return "(?=\\d)0*(?:" + String.join("|", alts) + ")";
  }

  private static final String ANY_FRACTION = "(?:\\.\\d+)?";

  /** After an integer part equal to the bound's: a fraction at most {@code f}. */
  private static String fractionAtMost(String f, boolean strict) {
    if (f.isEmpty()) {
      return strict ? "(?!)" : "(?:\\.0+)?";
    }
    List<String> alts = new ArrayList<>();
    for (int j = 0; j < f.length(); j++) {
      int d = f.charAt(j) - '0';
      if (d > 0) {
        alts.add(f.substring(0, j) + range(0, d - 1) + "\\d*");
      }
      if (j < f.length() - 1) {
        alts.add(f.substring(0, j + 1));
      }
    }
    if (!strict) {
      alts.add(f + "0*");
    }
    // No fraction at all is smaller than a positive fraction.
    return "(?:\\.(?:" + String.join("|", alts) + "))?";
  }

  /** After an integer part equal to the bound's: a fraction at least {@code f}. */
  private static String fractionAtLeast(String f) {
    if (f.isEmpty()) {
      return ANY_FRACTION;
    }
    List<String> alts = new ArrayList<>();
    for (int j = 0; j < f.length(); j++) {
      int d = f.charAt(j) - '0';
      if (d < 9) {
        alts.add(f.substring(0, j) + range(d + 1, 9) + "\\d*");
      }
    }
    alts.add(f + "\\d*");
    return "\\.(?:" + String.join("|", alts) + ")";
  }

  private static String range(int from, int to) {
    return from == to ? Integer.toString(from) : "[" + from + "-" + to + "]";
  }

  /** A bound's integer digits without leading zeros ("" for 0) and fraction without trailing. */
  private record Parts(String integer, String fraction) {
    static Parts of(BigDecimal b) {
      if (b.signum() < 0) {
        throw new IllegalArgumentException("negative bound " + b);
      }
      String s = b.stripTrailingZeros().toPlainString();
      int dot = s.indexOf('.');
      String integer = dot < 0 ? s : s.substring(0, dot);
      String fraction = dot < 0 ? "" : s.substring(dot + 1);
      integer = integer.replaceFirst("^0+", "");
      return new Parts(integer, fraction);
    }
  }
}
