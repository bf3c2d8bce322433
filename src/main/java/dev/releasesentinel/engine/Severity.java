package dev.releasesentinel.engine;

import java.util.Locale;
import java.util.Optional;

/** What a check's FAIL or ERROR means for the verdict (docs/cli.md). */
public enum Severity {
  WARN,
  BLOCK,
  CRITICAL;

  /** The lower-case name used in config files and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Severity> parse(String text) {
    for (Severity s : values()) {
      if (s.label().equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
