package dev.releasesentinel.version;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A version as SemVer 2.0.0 defines it (https://semver.org/spec/v2.0.0.html), ordered by its
 * precedence rules: numeric fields as numbers, a pre-release below its release, build metadata
 * ignored. Numbers may be of any size, as the specification allows.
 */
public final class SemVer implements Comparable<SemVer> {

  private final BigInteger major;
  private final BigInteger minor;
  private final BigInteger patch;
  private final List<String> preRelease;
  private final List<String> build;
  private final String text;

  private SemVer(
      BigInteger major,
      BigInteger minor,
      BigInteger patch,
      List<String> preRelease,
      List<String> build,
      String text) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.preRelease = preRelease;
    this.build = build;
    this.text = text;
  }

  /** Why a text is not a SemVer 2.0.0 version. */
  public static final class InvalidVersionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidVersionException(String message) {
      super(message);
    }
  }

  /** The version, or empty if the text is not SemVer 2.0.0. */
  public static Optional<SemVer> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidVersionException e) {
      return Optional.empty();
    }
  }

  /**
   * Parses {@code MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]} exactly as SemVer 2.0.0 says.
   *
   * @throws InvalidVersionException saying what is wrong
   */
  public static SemVer parse(String text) {
    Objects.requireNonNull(text, "text");
    String rest = text;
    List<String> build = List.of();
    int plus = rest.indexOf('+');
    if (plus >= 0) {
      build = identifiers(rest.substring(plus + 1), "build metadata", false);
      rest = rest.substring(0, plus);
    }
    List<String> pre = List.of();
    int dash = rest.indexOf('-');
    if (dash >= 0) {
      pre = identifiers(rest.substring(dash + 1), "pre-release", true);
      rest = rest.substring(0, dash);
    }
    String[] core = rest.split("\\.", -1);
    if (core.length != 3) {
      throw new InvalidVersionException(
          "'" + rest + "' is not MAJOR.MINOR.PATCH (three numbers separated by dots)");
    }
    String[] names = {"MAJOR", "MINOR", "PATCH"};
    BigInteger[] numbers = new BigInteger[3];
    for (int i = 0; i < 3; i++) {
      String n = core[i];
      if (n.isEmpty() || !digits(n)) {
        throw new InvalidVersionException(
            names[i] + " '" + n + "' is not a non-negative number in '" + rest + "'");
      }
      if (n.length() > 1 && n.charAt(0) == '0') {
        throw new InvalidVersionException(names[i] + " '" + n + "' has a leading zero");
      }
      numbers[i] = new BigInteger(n);
    }
    return new SemVer(numbers[0], numbers[1], numbers[2], pre, build, text);
  }

  private static List<String> identifiers(String part, String what, boolean numericRule) {
    if (part.isEmpty()) {
      throw new InvalidVersionException("empty " + what);
    }
    String[] ids = part.split("\\.", -1);
    for (String id : ids) {
      if (id.isEmpty()) {
        throw new InvalidVersionException("empty identifier in " + what + " '" + part + "'");
      }
      for (int i = 0; i < id.length(); i++) {
        char c = id.charAt(i);
        boolean ok =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
        if (!ok) {
          throw new InvalidVersionException(
              "character '"
                  + c
                  + "' is not allowed in "
                  + what
                  + " '"
                  + part
                  + "' (only ASCII letters, digits and '-')");
        }
      }
      if (numericRule && digits(id) && id.length() > 1 && id.charAt(0) == '0') {
        throw new InvalidVersionException(
            "numeric " + what + " identifier '" + id + "' has a leading zero");
      }
    }
    return List.of(ids);
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  public BigInteger major() {
    return major;
  }

  public BigInteger minor() {
    return minor;
  }

  public BigInteger patch() {
    return patch;
  }

  public List<String> preRelease() {
    return preRelease;
  }

  public List<String> build() {
    return build;
  }

  public boolean isPreRelease() {
    return !preRelease.isEmpty();
  }

  /** Precedence as SemVer 2.0.0 section 11 defines it; build metadata does not count. */
  @Override
  public int compareTo(SemVer o) {
    int c = major.compareTo(o.major);
    if (c == 0) {
      c = minor.compareTo(o.minor);
    }
    if (c == 0) {
      c = patch.compareTo(o.patch);
    }
    if (c != 0) {
      return c;
    }
    if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
      // A release ranks above any of its pre-releases.
      return Boolean.compare(preRelease.isEmpty(), o.preRelease.isEmpty());
    }
    int n = Math.min(preRelease.size(), o.preRelease.size());
    for (int i = 0; i < n; i++) {
      c = compareIdentifier(preRelease.get(i), o.preRelease.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(preRelease.size(), o.preRelease.size());
  }

  private static int compareIdentifier(String a, String b) {
    boolean na = digits(a);
    boolean nb = digits(b);
    if (na && nb) {
      return new BigInteger(a).compareTo(new BigInteger(b));
    }
    if (na != nb) {
      return na ? -1 : 1; // numeric identifiers rank below alphanumeric ones
    }
    return a.compareTo(b); // ASCII order, as the identifiers are ASCII only
  }

  /** Equal by text; use {@link #compareTo} for precedence (1.0.0+a and 1.0.0+b rank equal). */
  @Override
  public boolean equals(Object o) {
    return o instanceof SemVer v && v.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
