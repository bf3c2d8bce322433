package dev.releasesentinel.checks.git;

import dev.releasesentinel.version.SemVer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the tags of one line of releases are named: an optional monorepo package ({@code pkg@} or
 * {@code @scope/pkg@}, as changesets and lerna name them), then the prefix, then SemVer 2.0.0. A
 * leading {@code v} and no prefix are read alike, as node-semver reads a leading {@code v}: with
 * prefix {@code v} or {@code ""}, both {@code v1.2.3} and {@code 1.2.3} are version 1.2.3. Any
 * other prefix is its own line (docs/checks/git.md, "git.version-order").
 */
final class TagLine {

  /** What a tag is to this line. */
  enum Kind {
    /** A version of this line. */
    VERSION,
    /** A version of another monorepo package (or of none, when this line has one). */
    OTHER_PACKAGE,
    /** Not a version of this line, but it looks like one: e.g. 1.2, 1.2.3.4, release-1.2.3. */
    LOOK_ALIKE,
    /** Nothing like a version: latest, nightly, v1.x. */
    OTHER
  }

  private static final Pattern LOOKS_LIKE = Pattern.compile(".*\\d+\\.\\d+.*");

  private final Optional<String> pkg;
  private final String prefix;

  private TagLine(Optional<String> pkg, String prefix) {
    this.pkg = pkg;
    this.prefix = prefix;
  }

  /** The line of the release {@code value} (its package, if it has one) under {@code prefix}. */
  static TagLine of(String value, String prefix) {
    return new TagLine(packageOf(value), prefix);
  }

  /** {@code api} of {@code api@1.2.3}, {@code @acme/api} of {@code @acme/api@1.2.3}. */
  static Optional<String> packageOf(String name) {
    int at = name.lastIndexOf('@');
    return at > 0 ? Optional.of(name.substring(0, at)) : Optional.empty();
  }

  /** The name without its package. */
  static String withoutPackage(String name) {
    int at = name.lastIndexOf('@');
    return at > 0 ? name.substring(at + 1) : name;
  }

  Optional<String> pkg() {
    return pkg;
  }

  /** The version a tag of this line names, if it is one. */
  Optional<SemVer> version(String tag) {
    if (!packageOf(tag).equals(pkg)) {
      return Optional.empty();
    }
    String rest = withoutPackage(tag);
    if (rest.startsWith(prefix)) {
      Optional<SemVer> v = SemVer.tryParse(rest.substring(prefix.length()));
      if (v.isPresent()) {
        return v;
      }
    }
    if (prefix.equals("v") || prefix.isEmpty()) {
      String bare = rest.startsWith("v") ? rest.substring(1) : rest;
      return SemVer.tryParse(bare);
    }
    return Optional.empty();
  }

  Kind kind(String tag) {
    if (version(tag).isPresent()) {
      return Kind.VERSION;
    }
    if (!packageOf(tag).equals(pkg) && SemVer.tryParse(bare(withoutPackage(tag))).isPresent()) {
      return Kind.OTHER_PACKAGE;
    }
    return LOOKS_LIKE.matcher(tag).matches() ? Kind.LOOK_ALIKE : Kind.OTHER;
  }

  private static String bare(String s) {
    return s.startsWith("v") ? s.substring(1) : s;
  }

  /** {@code v3.5} for the MAJOR.MINOR line of 3.5.16, with this line's package and prefix. */
  String minorLine(SemVer v) {
    return name(v.major() + "." + v.minor());
  }

  String majorLine(SemVer v) {
    return name(v.major().toString());
  }

  private String name(String numbers) {
    return pkg.map(p -> p + "@").orElse("") + prefix + numbers;
  }
}
