package dev.releasesentinel.redact;

/**
 * Text from outside the process — an upstream's body or header, an exception's message, an
 * environment value, git's output — as it arrived, before masking. It has one way out: {@link
 * Redactor#mask(Unmasked)} (or {@link Redactor#maskHost(Unmasked)} for a host name). Whatever cuts,
 * folds, escapes, encodes or quotes outside text therefore only ever gets masked text, and a secret
 * is still whole when the redactor looks for it (docs/security.md, "Masked at the door").
 *
 * <p>{@link #toString()} tells the length only, so string concatenation cannot leak the text.
 */
public final class Unmasked {

  private static final Unmasked EMPTY = new Unmasked("");

  private final String text;

  private Unmasked(String text) {
    this.text = text;
  }

  /** Outside text as it arrived; null counts as empty. */
  public static Unmasked of(String text) {
    return text == null || text.isEmpty() ? EMPTY : new Unmasked(text);
  }

  /**
   * The message of a throwable (a library's message may quote what it was given: a header value, a
   * URL, a response), or its class name when it has none.
   */
  public static Unmasked message(Throwable t) {
    String m = t.getMessage();
    return of(m == null || m.isBlank() ? t.getClass().getSimpleName() : m);
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  public boolean isBlank() {
    return text.isBlank();
  }

  /** The raw text, for the redactor only. */
  String text() {
    return text;
  }

  @Override
  public String toString() {
    return "Unmasked[" + text.length() + " chars]";
  }
}
