package dev.releasesentinel.engine;

import java.util.Objects;

/**
 * A stable check id: {@code <family>.<name>[:<subject>]}, or {@code <family>:<subject>} for api
 * endpoints (docs/cli.md, "Check ids"). Ids are used by --only, --skip, reports and annotations.
 */
public record CheckId(String value) implements Comparable<CheckId> {

  public CheckId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("empty check id");
    }
  }

  public static CheckId of(String value) {
    return new CheckId(value);
  }

  public static CheckId of(String family, String name) {
    return new CheckId(family + "." + name);
  }

  public static CheckId of(String family, String name, String subject) {
    return new CheckId(family + "." + name + ":" + subject);
  }

  /** The family: everything before the first '.' or ':'. */
  public String family() {
    int end = value.length();
    int dot = value.indexOf('.');
    int colon = value.indexOf(':');
    if (dot >= 0) {
      end = dot;
    }
    if (colon >= 0 && colon < end) {
      end = colon;
    }
    return value.substring(0, end);
  }

  /** The kind of check without its subject: {@code env.required:DB_URL} is {@code env.required}. */
  public String kind() {
    int colon = value.indexOf(':');
    return colon < 0 ? value : value.substring(0, colon);
  }

  /** The subject after ':' or empty. */
  public String subject() {
    int colon = value.indexOf(':');
    return colon < 0 ? "" : value.substring(colon + 1);
  }

  /**
   * Whether a selector from --only / --skip names this check: the whole id, or a prefix of it that
   * ends where a segment ends ({@code git}, {@code system.disk}, {@code api:payments}).
   */
  public boolean matches(String selector) {
    if (value.equals(selector)) {
      return true;
    }
    if (!value.startsWith(selector) || selector.isEmpty()) {
      return false;
    }
    char next = value.charAt(selector.length());
    return next == '.' || next == ':';
  }

  @Override
  public int compareTo(CheckId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
