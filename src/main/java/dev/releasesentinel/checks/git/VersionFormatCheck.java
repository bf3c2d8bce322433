package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.GitConfig;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * {@code git.version-format}: the release version is SemVer 2.0.0 behind the configured prefix;
 * with {@code format: strict} MAJOR.MINOR.PATCH only; with {@code prerelease: false} no
 * pre-release. Reads no repository.
 */
final class VersionFormatCheck implements Check {

  private final CheckId id = CheckId.of("git", "version-format");
  private final Severity severity;
  private final GitConfig.VersionRules rules;
  private final Optional<ReleaseVersion> version;

  VersionFormatCheck(
      CheckSpec spec, GitConfig.VersionRules rules, Optional<ReleaseVersion> version) {
    this.severity = spec.severity();
    this.rules = rules;
    this.version = version;
  }

  @Override
  public CheckId id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return "the release version is "
        + (rules.format() == GitConfig.Format.STRICT ? "MAJOR.MINOR.PATCH" : "SemVer 2.0.0")
        + (rules.prefix().isEmpty() ? " without prefix" : " with prefix '" + rules.prefix() + "'");
  }

  @Override
  public CheckResult run(CheckContext context) {
    if (version.isEmpty()) {
      return Versions.missing(this, rules);
    }
    ReleaseVersion v = version.get();
    context.fact(GitCheck.FACT_VERSION, v.value());
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
