package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.version.SemVer;
import java.util.Map;
import java.util.Optional;

/**
 * {@code git.version-format}: the release version is SemVer 2.0.0 behind the configured prefix;
 * with {@code format: strict} MAJOR.MINOR.PATCH only; with {@code prerelease: false} no
 * pre-release. Reads no repository.
 */
final class VersionFormatCheck extends VersionCheck {

  VersionFormatCheck(
      CheckSpec spec, GitConfig.VersionRules rules, Optional<ReleaseVersion> version) {
    // Reads no repository: it has no probe.
    super(GitFamily.VERSION_FORMAT, spec, describe(rules), rules, version, null);
  }

  private static String describe(GitConfig.VersionRules rules) {
    return "the release version is "
        + (rules.format() == GitConfig.Format.STRICT ? "MAJOR.MINOR.PATCH" : "SemVer 2.0.0")
        + (rules.prefix().isEmpty() ? " without prefix" : " with prefix '" + rules.prefix() + "'");
  }

  @Override
  CheckResult collect(CheckContext context, LazyProbe<GitProbe> none, ReleaseVersion v) {
    return judge(v);
  }

  /** The verdict on the version's form; reads nothing. */
  CheckResult judge(ReleaseVersion v) {
    Map<String, Object> details = Map.of("version", v.value(), "source", v.source());
    SemVer semver;
    try {
      semver = Versions.parse(v.value(), rules.prefix());
    } catch (SemVer.InvalidVersionException e) {
      return CheckResult.fail(
              this,
              "version "
                  + v.describe()
                  + " is not valid: "
                  + e.getMessage()
                  + "; use "
                  + rules.prefix()
                  + "MAJOR.MINOR.PATCH, e.g. "
                  + rules.prefix()
                  + "1.4.2 (SemVer 2.0.0)")
          .withDetails(details);
    }
    if (rules.format() == GitConfig.Format.STRICT
        && (semver.isPreRelease() || !semver.build().isEmpty())) {
      return CheckResult.fail(
              this,
              "version "
                  + v.describe()
                  + " is not plain MAJOR.MINOR.PATCH (git.version.format: strict): use "
                  + rules.prefix()
                  + semver.major()
                  + "."
                  + semver.minor()
                  + "."
                  + semver.patch()
                  + ", or set format: semver")
          .withDetails(details);
    }
    if (!rules.prerelease() && semver.isPreRelease()) {
      return CheckResult.fail(
              this,
              "version "
                  + v.describe()
                  + " is a pre-release ("
                  + String.join(".", semver.preRelease())
                  + ") and git.version.prerelease is false: release a final version, or allow"
                  + " pre-releases")
          .withDetails(details);
    }
    return CheckResult.pass(
            this,
            "version "
                + v.describe()
                + " is valid "
                + (rules.format() == GitConfig.Format.STRICT ? "MAJOR.MINOR.PATCH" : "SemVer 2.0.0")
                + (rules.prefix().isEmpty() ? "" : " with prefix '" + rules.prefix() + "'"))
        .withDetails(details);
  }
}
