package dev.releasesentinel.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random secrets as an attacker would pick them to slip past masking: whitespace (tabs, two
 * spaces), quotes, URL and shell delimiters, backslashes, non-ASCII (accents, Cyrillic, Greek, CJK,
 * an emoji), mixed case. Seeded, so a failure can be replayed.
 */
public final class SecretGenerator {

  static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String DIGITS = "0123456789";
  static final String DELIMITERS = "%#?&/\\|*_<>=+:;,@!$(){}[]~^-.";
  static final String QUOTES = "\"'`";
  static final String[] WHITESPACE = {" ", "\t", "  ", " \t"};
  static final String[] NON_ASCII = {"é", "ü", "ñ", "ж", "Ω", "€", "漢", "😀", "Ä", "ø"};

  /** Letters a host name may hold beside ASCII, each stable under case folding and NFC. */
  static final String[] HOST_NON_ASCII = {"é", "ü", "ñ", "ж", "ω", "ø", "ä"};

  private final Random random;

  public SecretGenerator(long seed) {
    this.random = new Random(seed);
  }

  public Random random() {
    return random;
  }

  private String pick(String chars) {
    return String.valueOf(chars.charAt(random.nextInt(chars.length())));
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  /**
   * A secret of {@code min} to {@code max} pieces, holding at least one run of whitespace, one
   * quote, one URL delimiter, one non-ASCII character and both cases.
   */
  public String secret(int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    List<String> parts = new ArrayList<>();
    parts.add(pick(WHITESPACE));
    parts.add(pick(QUOTES));
    parts.add(pick("%#?&/\\"));
    parts.add(pick(NON_ASCII));
    parts.add(pick(LETTERS.substring(0, 26)));
    parts.add(pick(LETTERS.substring(26)));
    while (parts.size() < n) {
      int r = random.nextInt(100);
      parts.add(
          r < 45
              ? pick(LETTERS)
              : r < 60
                  ? pick(DIGITS)
                  : r < 75
                      ? pick(DELIMITERS)
                      : r < 83 ? pick(QUOTES) : r < 91 ? pick(WHITESPACE) : pick(NON_ASCII));
    }
    Collections.shuffle(parts, random);
    return String.join("", parts);
  }

  /**
   * A secret an HTTP header can carry (printable ASCII: OkHttp refuses anything else in a header),
   * still with spaces, quotes, delimiters and both cases.
   */
  public String headerSafe(int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder b = new StringBuilder();
    b.append(pick(LETTERS));
    while (b.length() < n - 1) {
      int r = random.nextInt(100);
      b.append(
          r < 55
              ? pick(LETTERS)
              : r < 70 ? pick(DIGITS) : r < 85 ? pick(DELIMITERS) : r < 93 ? pick(QUOTES) : " ");
    }
    b.append(pick(DIGITS));
    return b.toString();
  }

  /**
   * A secret that is a valid host name label: letters of both cases (some non-ASCII), digits and
   * single hyphens, starting and ending with a letter or digit.
   */
  public String hostSafe(int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder b = new StringBuilder();
    b.append(pick(LETTERS));
    b.append(pick(HOST_NON_ASCII));
    while (b.length() < n - 1) {
      int r = random.nextInt(100);
      if (r < 10 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      } else if (r < 20) {
        b.append(pick(HOST_NON_ASCII));
      } else if (r < 35) {
        b.append(pick(DIGITS));
      } else {
        b.append(pick(LETTERS));
      }
    }
    b.append(pick(DIGITS));
    return b.toString();
  }
}
