package dev.releasesentinel.github;

import java.nio.charset.StandardCharsets;

/**
 * Cutting text to the size limits of GitHub's surfaces (PR comment and check-run bodies in
 * characters, the job summary in UTF-8 bytes) with a note saying it was cut. Text is always
 * redacted before it is cut, so a cut can never leave part of a secret behind.
 */
public final class Limits {

  /** A PR comment body (docs/action-runner.md, "Pull request comments"). */
  public static final int COMMENT_CHARS = 65_536;

  /** A check run's {@code output.summary} and {@code output.text}. */
  public static final int CHECK_RUN_CHARS = 65_535;

  /** The step summary file; over this the runner uploads nothing at all. */
  public static final int SUMMARY_BYTES = 1_048_576;

  /** Annotation messages are cut here by the runner. */
  public static final int ANNOTATION_CHARS = 4_096;

  /** A cut looks back this far for a line end, so that markdown is cut between lines. */
  private static final int LINE_LOOKBACK = 4_096;

  private Limits() {}

  /**
   * {@code text} when it fits in {@code max} chars; else a prefix of it followed by {@code note}.
   */
  public static String fitChars(String text, int max, String note) {
    if (text.length() <= max) {
      return text;
    }
    int room = Math.max(0, max - note.length());
    return prefix(text, room) + note.substring(0, Math.min(note.length(), max));
  }

  /** Like {@link #fitChars} but counting UTF-8 bytes. */
  public static String fitUtf8(String text, int maxBytes, String note) {
    if (utf8Length(text) <= maxBytes) {
      return text;
    }
    int room = Math.max(0, maxBytes - utf8Length(note));
    // Find the longest prefix (in chars) whose UTF-8 form fits in room bytes.
    int bytes = 0;
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int n = utf8Length(cp);
      if (bytes + n > room) {
        break;
      }
      bytes += n;
      end += Character.charCount(cp);
    }
    return prefix(text, end) + note;
  }

  public static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static int utf8Length(int cp) {
    if (cp < 0x80) {
      return 1;
    }
    if (cp < 0x800) {
      return 2;
    }
    return cp < 0x10000 ? 3 : 4;
  }

  /** At most {@code room} chars, never splitting a surrogate pair, preferably at a line end. */
  private static String prefix(String text, int room) {
    int end = Math.min(room, text.length());
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    int nl = text.lastIndexOf('\n', end - 1);
    if (nl >= 0 && end - nl <= LINE_LOOKBACK) {
      end = nl + 1;
    }
    return text.substring(0, end);
  }
}
