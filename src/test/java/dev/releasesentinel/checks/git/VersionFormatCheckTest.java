package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.git.testing.CheckRun;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionFormatCheckTest {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.BLOCK, Location.NONE);

  static CheckRun run(String version, GitConfig.VersionRules rules) {
    Optional<ReleaseVersion> v =
        Optional.ofNullable(version).map(s -> new ReleaseVersion(s, "--version"));
    return CheckRun.of(new VersionFormatCheck(SPEC, rules, v));
  }

  static GitConfig.VersionRules rules(String format, String prefix, boolean prerelease) {
    return new GitConfig.VersionRules(
        GitConfig.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT)),
        prefix,
        prerelease,
        true);
  }

  @ParameterizedTest(name = "{0} with {1}, prefix ''{2}'', prerelease {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "v1.4.2          | semver | v | true  | PASS | is valid SemVer 2.0.0 with prefix 'v'",
        "v1.4.2-rc.1+b.7 | semver | v | true  | PASS | is valid SemVer 2.0.0",
        "v1.4.2-rc.1     | semver | v | false | FAIL | is a pre-release (rc.1) and git.version.prerelease is false",
        "v1.4.2+b.7      | semver | v | false | PASS | is valid",
        "v1.4.2-rc.1     | strict | v | true  | FAIL | is not plain MAJOR.MINOR.PATCH (git.version.format: strict): use v1.4.2, or set format: semver",
        "v1.4.2+b.7      | strict | v | true  | FAIL | is not plain MAJOR.MINOR.PATCH",
        "v1.4.2          | strict | v | true  | PASS | is valid MAJOR.MINOR.PATCH with prefix 'v'",
        "1.4.2           | semver | v | true  | FAIL | it does not start with the prefix 'v' (git.version.prefix)",
        "v1.4.2          | semver | '' | true | FAIL | it has a prefix, and git.version.prefix is \"\" (no prefix allowed)",
        "1.4.2           | semver | '' | true | PASS | is valid SemVer 2.0.0",
        "v1.4            | semver | v | true  | FAIL | '1.4' is not MAJOR.MINOR.PATCH",
        "v01.4.2         | semver | v | true  | FAIL | MAJOR '01' has a leading zero",
        "v1.4.2-01       | semver | v | true  | FAIL | numeric pre-release identifier '01' has a leading zero",
        "release-2.0.0   | semver | release- | true | PASS | with prefix 'release-'",
        "vv1.0.0         | semver | v | true  | FAIL | MAJOR 'v1' is not a non-negative number"
      })
  void judgesTheFormat(
      String version, String format, String prefix, boolean pre, Status status, String part) {
    CheckResult r = run(version, rules(format, prefix, pre)).result();
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.message()).startsWith("version " + version + " (from --version) ").contains(part);
  }

  @Test
  void anInvalidVersionSaysWhatToUse() {
    CheckResult r = run("v1.4", rules("semver", "v", true)).result();
    assertThat(r.message())
        .isEqualTo(
            "version v1.4 (from --version) is not valid: '1.4' is not MAJOR.MINOR.PATCH (three"
                + " numbers separated by dots); use vMAJOR.MINOR.PATCH, e.g. v1.4.2 (SemVer"
                + " 2.0.0)");
    assertThat(r.details()).containsEntry("version", "v1.4").containsEntry("source", "--version");
  }

  @Test
  void publishesTheReleaseVersion() {
    assertThat(run("v1.4.2", rules("semver", "v", true)).facts())
        .containsEntry("release.version", "v1.4.2");
  }

  @Test
  void failsWithTheFixWhenNoVersionIsGivenAndOneIsRequired() {
    CheckResult r = run(null, rules("semver", "v", true)).result();
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "no release version given: pass --release (e.g. --release v1.4.2) or run on a tag"
                + " (GITHUB_REF refs/tags/..., CI_COMMIT_TAG or TAG_NAME)");
  }

  @Test
  void skipsWithTheReasonWhenNoVersionIsRequired() {
    CheckResult r =
        run(null, new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, false)).result();
    assertThat(r.status()).isEqualTo(Status.SKIP);
    assertThat(r.message()).endsWith("and git.version.required is false");
  }
}
