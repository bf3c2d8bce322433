package dev.releasesentinel.checks.release;

import dev.releasesentinel.version.SemVer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a declared version is the release version: the same text (without the prefix, or with
 * it), or versions of equal SemVer 2.0.0 precedence that differ only in build metadata. Other
 * schemes (a PEP 440 {@code 1.4.2rc1}, a Maven {@code 1.4}) are compared as text.
 */
final class VersionMatch {

  private VersionMatch() {}

  /** How a declared version relates to the release version. */
  enum Outcome {
    SAME,
    SAME_BUT_BUILD,
    PLACEHOLDER,
    DIFFERENT
  }

  static Outcome compare(String declared, ExpectedVersion expected) {
    if (declared.equals(expected.bare()) || declared.equals(expected.release())) {
      return Outcome.SAME;
    }
    Optional<SemVer> a = SemVer.tryParse(declared);
    Optional<SemVer> b = SemVer.tryParse(expected.bare());
    if (a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) == 0) {
      return Outcome.SAME_BUT_BUILD;
    }
    return placeholder(declared).isPresent() ? Outcome.PLACEHOLDER : Outcome.DIFFERENT;
  }

  private static final Pattern DEV = Pattern.compile("(^|[-.+_])dev(\\d+)?($|[-.+_])|\\ddev\\d*$");

  /** What kind of development placeholder a version is, if it is one. */
  static Optional<String> placeholder(String v) {
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.endsWith("-snapshot")) {
      return Optional.of("a -SNAPSHOT development version");
    }
    if (lower.equals("0.0.0-development")) {
      return Optional.of(
          "semantic-release's placeholder 0.0.0-development (the version is written only when"
              + " the package is published)");
    }
    if (lower.equals("0.0.0") || lower.startsWith("0.0.0-") || lower.startsWith("0.0.0+")) {
      return Optional.of("the placeholder 0.0.0");
    }
    if (lower.equals("unspecified")) {
      return Optional.of("Gradle's 'unspecified' (no version was set)");
    }
    if (DEV.matcher(lower).find()) {
      return Optional.of("a development (-dev) version");
    }
    return Optional.empty();
  }
}
