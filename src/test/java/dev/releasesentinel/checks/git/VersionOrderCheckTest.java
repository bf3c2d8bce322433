package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.git.testing.CheckRun;
import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.checks.git.testing.JGitIsolation;
import dev.releasesentinel.checks.git.testing.Remote;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.GitConfig;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(JGitIsolation.class)
class VersionOrderCheckTest {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.BLOCK, Location.NONE);
  static final GitConfig.VersionRules RULES = prefix("v");

  @TempDir Path tmp;
  Remote remote;
  GitRepo seed;

  @BeforeEach
  void remoteWithTags() {
    remote = Remote.create(tmp);
    seed = remote.seed();
    String first = seed.head();
    for (String t :
        new String[] {"v1.0.0", "v1.2.0", "v1.10.0", "v1.x", "vnext", "release-9.0.0"}) {
      seed.git("tag", t, first);
    }
    remote.commit("second");
  }

  CheckResult run(GitRepo repo, String version, GitConfig.VersionRules rules) {
    GitProbe probe = new JGitProbe(repo.dir(), Environment.of(Map.of()));
    return CheckRun.of(
            new VersionOrderCheck(
                SPEC,
                rules,
                "origin",
                Optional.of(new ReleaseVersion(version, "--version")),
                () -> probe))
        .result();
  }

  CheckResult run(String version) {
    return run(seed, version, RULES);
  }

  /** SemVer versions under {@code prefix}, required and checked for order. */
  static GitConfig.VersionRules prefix(String prefix) {
    return new GitConfig.VersionRules(GitConfig.Format.SEMVER, prefix, true, true);
  }

  /** Tags the seed's first commit, so that the tag is an earlier release than HEAD. */
  void tagFirstCommit(String tag) {
    seed.git("tag", tag, seed.git("rev-parse", "HEAD~1"));
  }

  String scope() {
    return "local tags and remote 'origin' (" + remote.bare().dir() + ")";
  }

  @Test
  void passesAboveTheHighestVersionComparingNumbersAsNumbers() {
    CheckResult r = run("v1.11.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "v1.11.0 is greater than the highest existing version v1.10.0 ("
                + scope()
                + "; 2 tags not SemVer ignored)");
    assertThat(r.details())
        .containsEntry("highest", "v1.10.0")
        .containsEntry("compared", 3)
        .containsEntry("ignored", 2);
  }

  @Test
  void blocksBelowTheHighestVersionAndNamesIt() {
    CheckResult r = run("v1.9.0");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "v1.9.0 is lower than the highest existing version v1.10.0: choose a version greater"
                + " than v1.10.0 ("
                + scope()
                + "; 2 tags not SemVer ignored)");
  }

  @ParameterizedTest(name = "{0} after {1} -> {2}")
  @CsvSource({
    "v2.0.0, v2.0.0-rc.1, PASS",
    "v2.0.0-rc.2, v2.0.0, FAIL",
    "v2.0.0-rc.11, v2.0.0-rc.2, PASS",
    "v2.0.0+build.9, v2.0.0+build.1, FAIL",
    "v2.0.0, v2.0.0, FAIL",
    "v2.0.1-alpha, v2.0.0, PASS"
  })
  void usesSemVerPrecedence(String version, String existing, Status expected) {
    tagFirstCommit(existing);
    assertThat(run(version).status()).isEqualTo(expected);
  }

  @Test
  void anEqualVersionIsNotGreater() {
    tagFirstCommit("v3.0.0");
    CheckResult r = run("v3.0.0+ci.5");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith(
            "v3.0.0+ci.5 is equal in precedence to the highest existing version v3.0.0: choose a"
                + " version greater than v3.0.0");
  }

  @Test
  void comparesWithTagsOnTheRemoteOnly() {
    remote.tag("v3.0.0", remote.seed().head(), true);
    remote.commit("third");
    GitRepo ci = remote.shallowClone(tmp.resolve("ci"));
    assertThat(ci.git("tag", "-l")).isEmpty();
    CheckResult r = run(ci, "v2.5.0", RULES);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("the highest existing version v3.0.0");
  }

  @Test
  void aRerunDoesNotCompareTheReleaseWithItsOwnTag() {
    seed.git("tag", "v1.11.0");
    CheckResult r = run("v1.11.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "v1.11.0 is greater than the highest existing version v1.10.0 ("
                + scope()
                + "; 2 tags not SemVer ignored; its own tag at HEAD not counted (a re-run))");
  }

  @Test
  void theFirstReleasePasses() {
    GitRepo solo = GitRepo.init(tmp.resolve("solo"), tmp.resolve("home"));
    solo.write("x", "x").commitAll("x");
    CheckResult r = run(solo, "v0.1.0", RULES);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "v0.1.0 is the first release under prefix 'v' (local tags only: no remote 'origin' is"
                + " configured)");
  }

  @Test
  void anotherPrefixIsAnotherLineOfReleases() {
    CheckResult r = run(seed, "release-9.0.1", prefix("release-"));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.details()).containsEntry("highest", "release-9.0.0").containsEntry("ignored", 0);
  }

  @Test
  void withoutPrefixPrefixedTagsDoNotParse() {
    tagFirstCommit("1.0.0");
    CheckResult r = run(seed, "1.0.1", prefix(""));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.details()).containsEntry("highest", "1.0.0").containsEntry("compared", 1);
  }

  @Test
  void failsWhenTheVersionCannotBeOrdered() {
    CheckResult r = run("v1.2");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "cannot order version v1.2 (from --version): '1.2' is not MAJOR.MINOR.PATCH (three"
                + " numbers separated by dots) (see git.version-format)");
  }
}
