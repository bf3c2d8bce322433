package dev.releasesentinel.checks.schedule;

/** A library exception's message, one line, without a Java class name when there is a message. */
final class ParsedMessage {

  private ParsedMessage() {}

  static String of(Throwable e) {
    Throwable t = e;
    while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    String line = m.strip().lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
