package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Unmet;
import dev.releasesentinel.version.SemVer;
import java.util.Optional;

/** What the three version checks share: the rule for a missing version, and prefix handling. */
final class Versions {

  private Versions() {}

  /**
   * No version anywhere: FAIL when one is required (reported once, on one of the checks that need
   * it; the others SKIP "needs a release version"), else SKIP with the reason.
   */
  static CheckResult missing(Check check, GitConfig.VersionRules rules) throws Unmet {
    if (rules.required()) {
      throw new Unmet(
          "a release version",
          "no release version given: pass --release (e.g. --release "
              + rules.prefix()
              + "1.4.2) or run on a tag (GITHUB_REF refs/tags/..., CI_COMMIT_TAG or TAG_NAME)",
          Optional.empty());
    }
    return CheckResult.skip(
        check,
        "no release version given ("
            + ReleaseVersion.SOURCES
            + ") and git.version.required is false");
  }

  /**
   * The version without its package ({@code pkg@}) and prefix, parsed as SemVer 2.0.0.
   *
   * @throws SemVer.InvalidVersionException saying what is wrong, prefix included
   */
  static SemVer parse(String value, String prefix) {
    value = TagLine.withoutPackage(value); // a monorepo's pkg@1.2.3
    if (!value.startsWith(prefix)) {
      throw new SemVer.InvalidVersionException(
          "it does not start with the prefix '" + prefix + "' (git.version.prefix)");
    }
    String rest = value.substring(prefix.length());
    if (prefix.isEmpty() && !rest.isEmpty() && !Character.isDigit(rest.charAt(0))) {
      throw new SemVer.InvalidVersionException(
          "it has a prefix, and git.version.prefix is \"\" (no prefix allowed)");
    }
    return SemVer.parse(rest);
  }
}
