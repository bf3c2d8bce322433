package dev.releasesentinel.checks.release;

/**
 * The release version a manifest must declare: the tag as given (a monorepo's {@code pkg@} left
 * out) and the same without the configured prefix, e.g. {@code v1.4.2} and {@code 1.4.2}.
 */
record ExpectedVersion(String release, String bare) {

  static ExpectedVersion of(String version, String prefix) {
    int at = version.lastIndexOf('@');
    String release = at > 0 ? version.substring(at + 1) : version;
    String bare =
        !prefix.isEmpty() && release.startsWith(prefix)
            ? release.substring(prefix.length())
            : release;
    return new ExpectedVersion(release, bare);
  }
}
