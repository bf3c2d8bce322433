package dev.releasesentinel.redact;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms in which a secret value can reach an output: as is, each of its lines, URL-encoded,
 * escaped for JSON, XML/HTML or GitHub workflow commands, and base64-encoded. Each form is a
 * literal string; the redactor masks them all by value.
 */
final class Forms {

  private Forms() {}

  private static final char[] UPPER = "0123456789ABCDEF".toCharArray();
  private static final char[] LOWER = "0123456789abcdef".toCharArray();

  /**
   * Characters left as they are besides ASCII letters and digits, by encoder: Java's URLEncoder
   * (form encoding), JavaScript's encodeURIComponent, RFC 3986 unreserved (Go, curl, most
   * libraries), Python's quote (keeps '/'), and JavaScript's encodeURI (keeps URL delimiters).
   */
  private static final String[] URL_SAFE = {
    ".-*_", "-_.!~*'()", "-._~", "-._~/", "-_.!~*'();,/?:@&=+$#"
  };

  /**
   * Every form of {@code secret}, each at least {@link Redactor#MIN_LENGTH} characters long; and of
   * the secret without surrounding whitespace (an HTTP header value is sent trimmed).
   */
  static Set<String> of(String secret) {
    String stripped = secret.strip();
    if (!stripped.equals(secret) && Redactor.maskable(stripped)) {
      Set<String> both = new LinkedHashSet<>(forms(secret));
      both.addAll(forms(stripped));
      return both;
    }
    return forms(secret);
  }

  private static Set<String> forms(String secret) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(secret);
    // As normalised by whatever composes or maps characters on the way out (IDNA's mapping of a
    // host name is close to NFKC with case folding; case is ignored by the matcher anyway).
    forms.add(Normalizer.normalize(secret, Normalizer.Form.NFC));
    forms.add(Normalizer.normalize(secret, Normalizer.Form.NFKC));
    if (secret.indexOf('\n') >= 0 || secret.indexOf('\r') >= 0) {
      // Output is redacted line by line, so a multi-line secret (a PEM key) is also masked line by
      // line, like the GitHub runner does with ::add-mask::.
      for (String line : secret.split("\\R")) {
        forms.add(line);
      }
    }
    // Variants are computed only where the secret has characters they treat differently: this
    // runs at start-up, before the JIT, and a PEM key is kilobytes long.
    boolean space = secret.indexOf(' ') >= 0;
    for (int safe = 0; safe < URL_SAFE.length; safe++) {
      String upper = percent(secret, safe, true, true);
      forms.add(upper);
      boolean hexLetters = HEX_LETTER.matcher(upper).find();
      if (hexLetters) {
        forms.add(percent(secret, safe, false, true));
      }
      if (space) {
        forms.add(percent(secret, safe, true, false));
        if (hexLetters) {
          forms.add(percent(secret, safe, false, false));
        }
      }
    }
    if (hasAny(secret, "\"\\/<>&='") || hasControlOrNonAscii(secret)) {
      forms.add(json(secret, false, false, false, true));
      forms.add(json(secret, false, false, false, false));
      forms.add(json(secret, true, false, false, true));
      forms.add(json(secret, false, true, false, true));
      forms.add(json(secret, false, true, false, false));
      forms.add(json(secret, false, false, true, false));
    }
    if (hasAny(secret, "&<>\"'")) {
      // Writers differ in which quotes they escape, and how (XML text, attributes, HTML).
      for (String quot : new String[] {"\"", "&quot;", "&#34;"}) {
        for (String apos : new String[] {"'", "&apos;", "&#39;", "&#x27;"}) {
          forms.add(xml(secret, quot, apos));
        }
      }
    }
    if (hasAny(secret, "%\r\n:,")) {
      forms.add(workflowData(secret));
      forms.add(workflowProperty(secret));
    }
    base64(secret.getBytes(StandardCharsets.UTF_8), forms);
    forms.removeIf(f -> !Redactor.maskable(f));
    return forms;
  }

  private static final Pattern HEX_LETTER = Pattern.compile("%(?:[A-F].|.[A-F])");

  private static boolean hasAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasControlOrNonAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return true;
      }
    }
    return false;
  }

  /** {@link #URL_SAFE} as lookup tables over ASCII, letters and digits included. */
  private static final boolean[][] SAFE_TABLES = new boolean[URL_SAFE.length][];

  static {
    for (int i = 0; i < URL_SAFE.length; i++) {
      boolean[] t = new boolean[128];
      for (int c = 0; c < 128; c++) {
        t[c] = Character.isLetterOrDigit(c) || URL_SAFE[i].indexOf(c) >= 0;
      }
      SAFE_TABLES[i] = t;
    }
  }

  static String percent(String s, int safeSet, boolean upperHex, boolean plusForSpace) {
    boolean[] safe = SAFE_TABLES[safeSet];
    char[] hex = upperHex ? UPPER : LOWER;
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    char[] out = new char[bytes.length * 3];
    int o = 0;
    for (byte raw : bytes) {
      int c = raw & 0xff;
      if (c < 128 && safe[c]) {
        out[o++] = (char) c;
      } else if (c == ' ' && plusForSpace) {
        out[o++] = '+';
      } else {
        out[o++] = '%';
        out[o++] = hex[c >> 4];
        out[o++] = hex[c & 0xf];
      }
    }
    return new String(out, 0, o);
  }

  /**
   * The body of a JSON string: Jackson's default escaping, optionally with '/' escaped, non-ASCII
   * as {@code \}{@code uXXXX} (Python's default), or HTML-sensitive characters escaped (Gson's
   * default).
   */
  static String json(
      String s, boolean escapeSlash, boolean asciiOnly, boolean htmlSafe, boolean upperHex) {
    char[] hex = upperHex ? UPPER : LOWER;
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          boolean escape =
              c < 0x20
                  || (asciiOnly && c > 0x7e)
                  || (escapeSlash && c == '/')
                  || (htmlSafe && "<>&='".indexOf(c) >= 0);
          if (escape && c == '/') {
            b.append("\\/");
          } else if (escape) {
            b.append("\\u")
                .append(hex[(c >> 12) & 0xf])
                .append(hex[(c >> 8) & 0xf])
                .append(hex[(c >> 4) & 0xf])
                .append(hex[c & 0xf]);
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  static String xml(String s, String quot, String apos) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append(quot);
        case '\'' -> b.append(apos);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Escaping of a workflow command's data (actions/toolkit {@code escapeData}). */
  static String workflowData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a workflow command's property value (actions/toolkit {@code escapeProperty}). */
  static String workflowProperty(String s) {
    return workflowData(s).replace(":", "%3A").replace(",", "%2C");
  }

  /**
   * The secret alone in base64 (both alphabets, with and without padding), and the part of its
   * encoding that stays the same inside a larger blob, such as a Basic auth header {@code
   * base64("user:" + secret)}. Inside a blob the secret starts at one of three byte offsets modulo
   * 3; for each, only the characters whose 6 bits come wholly from the secret are stable. (The
   * GitHub runner registers the encodings of the secret with its first one or two bytes dropped;
   * that string ends with characters and padding that depend on what follows, so it misses the
   * secret inside a longer blob.)
   */
  static void base64(byte[] secret, Set<String> forms) {
    String std = Base64.getEncoder().encodeToString(secret);
    String url = Base64.getUrlEncoder().encodeToString(secret);
    forms.add(std);
    forms.add(url);
    forms.add(stripPadding(std));
    forms.add(stripPadding(url));
    for (int offset = 0; offset < 3; offset++) {
      String core = core(secret, offset);
      forms.add(core);
      forms.add(core.replace('+', '-').replace('/', '_'));
    }
  }

  /** The characters of base64(x + secret + y) that depend only on the secret, |x| = offset. */
  static String core(byte[] secret, int offset) {
    byte[] padded = new byte[offset + secret.length + 2];
    System.arraycopy(secret, 0, padded, offset, secret.length);
    String encoded = Base64.getEncoder().withoutPadding().encodeToString(padded);
    int firstBit = 8 * offset;
    int endBit = 8 * (offset + secret.length);
    int from = (firstBit + 5) / 6;
    int to = endBit / 6;
    return from < to ? encoded.substring(from, to) : "";
  }

  private static String stripPadding(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '=') {
      end--;
    }
    return s.substring(0, end);
  }
}
