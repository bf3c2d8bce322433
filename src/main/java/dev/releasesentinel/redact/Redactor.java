package dev.releasesentinel.redact;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one redaction layer: every byte the gate writes to the outside world passes through {@link
 * #redact(String)}. Values are masked by value, never by variable name, and replaced with {@code
 * ***}: each registered secret in every form it can take in output (see {@link Forms}: as is, line
 * by line, URL-encoded, JSON/XML-escaped, base64 alone or inside a larger blob), and the password
 * of any URL-shaped text ({@link UrlPasswords}), registered or not.
 *
 * <p>Secrets can be added at any time ({@link #add(Collection)}); redaction is thread-safe and
 * reads an immutable snapshot, so it never blocks on a registration.
 */
public final class Redactor {
  // Matching ignores case (AhoCorasick): a host name comes back lowercased, and an upstream may
  // change the case of what it echoes. Outside text enters as Unmasked and leaves through mask().

  /** Secret values shorter than this are not masked (that garbles output); checks fail them. */
  public static final int MIN_LENGTH = 4;

  public static final String MASK = "***";

  private record State(List<String> secrets, AhoCorasick matcher, int longest) {}

  // Before NONE, which starts from it.
  private static final State EMPTY = new State(List.of(), AhoCorasick.of(List.of()), 0);

  /** Masks URL passwords only and accepts no secrets; for tests and tools that hold none. */
  public static final Redactor NONE = new Redactor(false);

  private final boolean open;
  private volatile State state = EMPTY;

  private Redactor(boolean open) {
    this.open = open;
  }

  public static Redactor of(Collection<String> secrets) {
    Redactor r = new Redactor(true);
    r.add(secrets);
    return r;
  }

  public static Redactor of(String... secrets) {
    return of(Arrays.asList(secrets));
  }

  /** Whether a value would be masked: at least {@link #MIN_LENGTH} characters, not blank. */
  public static boolean maskable(String value) {
    return value != null && value.length() >= MIN_LENGTH && !value.isBlank();
  }

  /**
   * Registers more secrets (the GitHub Action adds its token after start-up). Returns the values
   * newly registered, so the caller can also hand them to the runner ({@code ::add-mask::}); values
   * that are not {@link #maskable} or already known are left out.
   */
  public List<String> add(Collection<String> secrets) {
    if (!open) {
      throw new UnsupportedOperationException(
          "Redactor.NONE takes no secrets: create one with Redactor.of(...)");
    }
    synchronized (this) {
      State current = state;
      Set<String> all = new LinkedHashSet<>(current.secrets());
      List<String> added = new ArrayList<>();
      for (String s : secrets) {
        if (maskable(s) && all.add(s)) {
          added.add(s);
        }
      }
      if (added.isEmpty()) {
        return List.of();
      }
      Set<String> needles = new LinkedHashSet<>();
      for (String s : all) {
        needles.addAll(Forms.of(s));
      }
      int longest = 0;
      for (String n : needles) {
        longest = Math.max(longest, n.length());
      }
      state = new State(List.copyOf(all), AhoCorasick.of(needles), longest);
      return List.copyOf(added);
    }
  }

  public List<String> add(String... secrets) {
    return add(Arrays.asList(secrets));
  }

  /** The raw secret values, for the runner's {@code ::add-mask::}. */
  public List<String> secrets() {
    return state.secrets();
  }

  /**
   * The text with every occurrence of a secret (in any of its forms) and every URL password
   * replaced by {@link #MASK}; overlapping and adjacent occurrences become one mask. Returns the
   * same instance when nothing is masked.
   */
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Spans spans = new Spans();
    state.matcher().find(text, spans);
    if (text.contains("://")) {
      UrlPasswords.find(text, spans);
    }
    return spans.size() == 0 ? text : spans.apply(text, MASK);
  }

  /**
   * Outside text, masked: the one way out of {@link Unmasked}. Call it before cutting, folding,
   * quoting or escaping the text, so that every secret in it is still whole.
   */
  public String mask(Unmasked outside) {
    return redact(outside.text());
  }

  /**
   * A host name from outside (a redirect's Location, a URL parser's canonical host), masked: URL
   * parsers lowercase a host and write an internationalised one as punycode ({@code xn--...}), so
   * the host is also decoded (RFC 3492) and masked; when anything of a secret is found in either
   * form, the masked form is returned.
   */
  public String maskHost(Unmasked host) {
    String h = host.text();
    String masked = redact(h);
    if (!masked.equals(h)) {
      return masked;
    }
    if (h.regionMatches(true, 0, "xn--", 0, 4)
        || h.toLowerCase(java.util.Locale.ROOT).contains(".xn--")) {
      String unicode = IDN.toUnicode(h, IDN.ALLOW_UNASSIGNED);
      String maskedUnicode = redact(unicode);
      if (!maskedUnicode.equals(unicode)) {
        return maskedUnicode;
      }
    }
    return h;
  }

  /**
   * The length of the longest form of a registered secret, in characters: text read in a window (a
   * body prefix) is read this much further and masked before it is cut to the window.
   */
  public int longestForm() {
    return state.longest();
  }

  /**
   * Redacts every string in a value made of strings, maps and collections (a check's details, a
   * report model), keys included; other values are returned as they are.
   */
  public Object redactValue(Object value) {
    if (value instanceof String s) {
      return redact(s);
    }
    if (value instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(redactValue(e.getKey()), redactValue(e.getValue()));
      }
      return out;
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : c) {
        out.add(redactValue(o));
      }
      return out;
    }
    return value;
  }

  /**
   * A writer that redacts what it passes to {@code out}, line by line: for report files ({@code
   * redactor.writer(Files.newBufferedWriter(path))}); closing it writes the last line.
   */
  public RedactingWriter writer(Writer out) {
    return new RedactingWriter(out, this);
  }

  /**
   * A UTF-8 print stream for stdout and stderr ({@code redactor.printStream(System.out)}) that
   * redacts what it passes on and shows each line as soon as it ends.
   */
  public RedactingPrintStream printStream(OutputStream out) {
    return new RedactingPrintStream(out, this);
  }

  /**
   * A UTF-8 print writer for stdout and stderr, for APIs that take one (picocli's {@code
   * CommandLine.setOut} and {@code setErr}): redacts, and shows each line as soon as it ends.
   */
  public PrintWriter printWriter(OutputStream out) {
    return new PrintWriter(
        new RedactingWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), this, true),
        false);
  }

  @Override
  public String toString() {
    return "Redactor[" + state.secrets().size() + " secrets]";
  }
}
