package dev.releasesentinel.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches output for any piece of a secret as an attacker reading it would: every 8 characters of
 * every secret, compared without case and with runs of whitespace as one space, in the text as
 * written and after undoing percent-, JSON-, XML/HTML-, workflow-command and Markdown escaping (one
 * at a time and chained).
 */
public final class Leaks {

  /** How long a piece of a secret must be to count as a leak. */
  public static final int PIECE = 8;

  private Leaks() {}

  /** Where a piece of which secret was found. */
  public record Finding(String channel, String piece, String secret, String context) {
    @Override
    public String toString() {
      return channel + ": '" + piece + "' of secret '" + secret + "' in ..." + context + "...";
    }
  }

  /** Every piece of every secret found in {@code text}. */
  public static List<Finding> find(String channel, String text, List<String> secrets) {
    // Each secret's pieces by the piece, then one pass over each view of the text.
    java.util.Map<String, String> owner = new java.util.HashMap<>();
    for (String secret : secrets) {
      for (String piece : pieces(secret)) {
        owner.putIfAbsent(piece, secret);
      }
    }
    Set<String> views = new LinkedHashSet<>();
    for (String v : decodings(text)) {
      views.add(fold(v));
    }
    java.util.Map<String, Finding> out = new java.util.LinkedHashMap<>();
    for (String view : views) {
      for (int at = 0; at + PIECE <= view.length(); at++) {
        String window = view.substring(at, at + PIECE);
        String secret = owner.get(window);
        if (secret != null && !out.containsKey(window)) {
          int from = Math.max(0, at - 40);
          int to = Math.min(view.length(), at + PIECE + 40);
          out.put(window, new Finding(channel, window, secret, view.substring(from, to)));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The secret's pieces of {@link #PIECE} characters (UTF-16 units), folded, that are unlikely to
   * occur by chance (three letters or digits at least).
   */
  static Set<String> pieces(String secret) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : List.of(fold(secret), fold(secret.strip()))) {
      for (int i = 0; i + PIECE <= s.length(); i++) {
        String piece = s.substring(i, i + PIECE);
        if (piece.codePoints().filter(Character::isLetterOrDigit).count() >= 3) {
          out.add(piece);
        }
      }
    }
    return out;
  }

  /** Lower case, runs of whitespace as one space. */
  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** The text as written and with each escaping undone, alone and chained in a few orders. */
  static List<String> decodings(String text) {
    List<UnaryOperator<String>> decoders =
        List.of(Leaks::json, Leaks::html, Leaks::percent, Leaks::plusPercent, Leaks::markdown);
    List<String> out = new ArrayList<>();
    out.add(text);
    for (UnaryOperator<String> d : decoders) {
      out.add(d.apply(text));
    }
    out.add(markdown(percent(html(json(text)))));
    out.add(markdown(json(html(percent(text)))));
    out.add(json(percent(html(markdown(text)))));
    out.add(html(markdown(json(percent(text)))));
    return out;
  }

  private static final Pattern JSON_ESCAPE =
      Pattern.compile("\\\\(u[0-9a-fA-F]{4}|[\"\\\\/bfnrt])");

  /** JSON string escapes undone: {@code \"}, {@code \\}, {@code \/}, {@code \n}, {@code \u00e9}. */
  static String json(String s) {
    Matcher m = JSON_ESCAPE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r =
          switch (e.charAt(0)) {
            case 'u' -> String.valueOf((char) Integer.parseInt(e.substring(1), 16));
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            default -> e;
          };
      m.appendReplacement(b, Matcher.quoteReplacement(r));
    }
    return m.appendTail(b).toString();
  }

  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

  /** XML and HTML character references undone. */
  static String html(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
      } else if (e.startsWith("#")) {
        r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
      } else {
        r =
            switch (e) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              case "nbsp" -> "\u00a0";
              default -> m.group();
            };
      }
      m.appendReplacement(b, Matcher.quoteReplacement(r));
    }
    return m.appendTail(b).toString();
  }

  /**
   * {@code %XX} sequences as UTF-8 bytes (workflow commands escape with %25, %0A, %3A too); a stray
   * '%' stays.
   */
  static String percent(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); ) {
      if (s.charAt(i) == '%' && i + 2 < s.length() && isHex(s, i + 1) && isHex(s, i + 2)) {
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 3;
        continue;
      }
      if (bytes.size() > 0) {
        b.append(bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
      }
      b.append(s.charAt(i));
      i++;
    }
    if (bytes.size() > 0) {
      b.append(bytes.toString(StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }

  /** Form encoding: '+' is a space. */
  static String plusPercent(String s) {
    return percent(s.replace('+', ' '));
  }

  /** Markdown's backslash escapes undone, and {@code <br>} as a line break. */
  static String markdown(String s) {
    return s.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~<>])", "$1").replace("<br>", "\n");
  }
}
