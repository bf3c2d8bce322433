package dev.releasesentinel.checks.release;

import java.util.Objects;

/**
 * One version a manifest declares.
 *
 * @param field what declares it, in the manifest's own terms: {@code project/version}, {@code
 *     [package] version}, {@code appVersion}
 * @param value the version as the manifest's own tool reads it (trimmed, properties resolved)
 * @param at where the value was found (for a resolved property: where the property is set)
 * @param via how it was resolved, e.g. {@code ${revision} from .mvn/maven.config}; empty when the
 *     value is written in place
 */
record Declaration(String field, String value, Position at, String via) {

  Declaration {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(at, "at");
    via = via == null ? "" : via;
  }

  static Declaration at(String field, String value, Position at) {
    return new Declaration(field, value, at, "");
  }

  /** {@code project/version 1.4.2 (pom.xml:7:3)}, with how it was resolved when it was. */
  String describe() {
    return field + " '" + value + "' (" + at.describe() + (via.isEmpty() ? "" : ", " + via) + ")";
  }
}
