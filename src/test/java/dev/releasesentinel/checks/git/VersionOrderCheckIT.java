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
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(JGitIsolation.class)
class VersionOrderCheckIT {

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
    return run(repo, version, rules, false);
  }

  CheckResult run(GitRepo repo, String version, GitConfig.VersionRules rules, boolean deploy) {
    Environment env = Environment.of(Map.of());
    LazyProbe<GitProbe> probe = GitProbes.lazy(repo.dir(), env);
    return CheckRun.of(
            new VersionOrderCheck(
                SPEC,
                rules,
                "origin",
                Optional.of(new ReleaseVersion(version, "--version")),
                probe,
                env,
                deploy))
        .result();
  }

  CheckResult run(String version) {
    return run(seed, version, RULES);
  }

  /** SemVer versions under {@code prefix}, required and checked for order. */
  static GitConfig.VersionRules prefix(String prefix) {
    return new GitConfig.VersionRules(GitConfig.Format.SEMVER, prefix, true, true);
  }

  static GitConfig.VersionRules compareWith(GitConfig.CompareWith mode) {
    return new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true, mode);
  }

  static final String REACHABLE = "git.version.compare-with: reachable; ";

  /** Tags the seed's first commit, so that the tag is an earlier release than HEAD. */
  void tagFirstCommit(String tag) {
    seed.git("tag", tag, seed.git("rev-parse", "HEAD~1"));
  }

  String scope() {
    return "local tags and remote 'origin' (" + remote.bare().dir() + ")";
  }

  @Test
  void passesAboveTheHighestReleaseHeadDescendsFromComparingNumbersAsNumbers() {
    CheckResult r = run("v1.11.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "v1.11.0 is greater than v1.10.0, the highest of the releases HEAD descends from ("
                + REACHABLE
                + scope()
                + "; 1 tag that only looks like a version ignored: release-9.0.0)");
    assertThat(r.details())
        .containsEntry("highest", "v1.10.0")
        .containsEntry("compared", 3)
        .containsEntry("ignored", 1)
        .containsEntry("comparedWith", "the releases HEAD descends from");
  }

  @Test
  void blocksBelowTheHighestReleaseAndNamesTheSetComparedWith() {
    CheckResult r = run("v1.9.0");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "v1.9.0 is lower than v1.10.0, the highest of the releases HEAD descends from: choose"
                + " a version greater than v1.10.0 ("
                + REACHABLE
                + scope()
                + "; 1 tag that only looks like a version ignored: release-9.0.0)");
  }

  @Test
  void aMaintenanceLineComparesWithItsOwnHistoryNotWithMain() {
    String base = seed.head();
    tagAndPush("v3.5.15", base);
    remote.commit("four");
    tagAndPush("v4.1.0", seed.head());
    seed.git("checkout", "-q", "-b", "3.5.x", base);
    seed.write("fix.txt", "fix").commitAll("fix");
    CheckResult r = run("v3.5.16");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .startsWith(
            "v3.5.16 is greater than v3.5.15, the highest of the releases HEAD descends from");
    // The same release compared with every tag is what blocked it before.
    CheckResult all = run(seed, "v3.5.16", compareWith(GitConfig.CompareWith.ALL));
    assertThat(all.status()).isEqualTo(Status.FAIL);
    assertThat(all.message())
        .startsWith("v3.5.16 is lower than v4.1.0, the highest of every release tag");
  }

  @Test
  void aPreReleaseOfAnotherLineNeverBlocks() {
    tagAndPush("v1.37.0-beta.0", seed.head());
    for (GitConfig.CompareWith mode : GitConfig.CompareWith.values()) {
      CheckResult r = run(seed, "v1.36.3", compareWith(mode));
      assertThat(r.status()).as("%s: %s", mode, r.message()).isEqualTo(Status.PASS);
      assertThat(r.message()).contains("1 pre-release of other lines not counted");
    }
    // Of its own line it does count: 1.37.0-beta.0 is above 1.37.0-alpha.
    assertThat(run("v1.37.0-alpha").status()).isEqualTo(Status.FAIL);
  }

  @Test
  void tagsWithOrWithoutALeadingVAreTheSameVersions() {
    tagFirstCommit("2.0.0");
    CheckResult none = run(seed, "1.5.0", prefix(""));
    assertThat(none.status()).isEqualTo(Status.FAIL);
    assertThat(none.message()).startsWith("1.5.0 is lower than 2.0.0");
    CheckResult v = run(seed, "v1.11.0", prefix("v"));
    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.message()).startsWith("v1.11.0 is lower than 2.0.0");
    CheckResult withoutV = run(seed, "1.11.0", prefix(""));
    assertThat(withoutV.message()).startsWith("1.11.0 is lower than 2.0.0");
  }

  @Test
  void theSameVersionUnderTheOtherSpellingIsAlreadyReleased() {
    tagFirstCommit("1.10.0");
    CheckResult r = run(seed, "1.10.0", prefix(""));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).startsWith("1.10.0 is equal in precedence to the existing release");
  }

  @Test
  void lookAlikesAloneAreNeverAFirstRelease() {
    GitRepo solo = GitRepo.init(tmp.resolve("solo"), tmp.resolve("home"));
    solo.write("x", "x").commitAll("x");
    for (String t : new String[] {"release-2.0.0", "2.1", "2.2.0.1", "latest"}) {
      solo.git("tag", t);
    }
    CheckResult r = run(solo, "v1.0.0", RULES);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "cannot tell whether v1.0.0 is the first release: no tag is a version of its line, but"
                + " 3 tags look like versions (2.1, 2.2.0.1, release-2.0.0). If they are earlier"
                + " releases, set git.version.prefix to their prefix (v1.2.3 and 1.2.3 count"
                + " alike); if this is the first release, set git.version.must-increase: false"
                + " for it ("
                + REACHABLE
                + "local tags only: no remote 'origin' is configured; 3 tags that only look like"
                + " versions ignored: 2.1, 2.2.0.1, release-2.0.0)");
  }

  @Test
  void aMonorepoPackageComparesOnlyWithItsOwnTags() {
    String first = seed.git("rev-parse", "HEAD~1");
    seed.git("tag", "api@2.0.0", first);
    seed.git("tag", "web@5.0.0", first);
    seed.git("tag", "@acme/cli@1.0.0", first);
    CheckResult r = run(seed, "api@2.1.0", prefix(""));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).startsWith("api@2.1.0 is greater than api@2.0.0");
    assertThat(r.details()).containsEntry("package", "api").containsEntry("compared", 1);
    assertThat(run(seed, "api@1.9.0", prefix("")).status()).isEqualTo(Status.FAIL);
    CheckResult scoped = run(seed, "@acme/cli@0.9.0", prefix(""));
    assertThat(scoped.message()).startsWith("@acme/cli@0.9.0 is lower than @acme/cli@1.0.0");
  }

  @Test
  void explainsThatWordNumberPreReleasesCompareAsText() {
    tagFirstCommit("v2.0.0-M9");
    CheckResult r = run("v2.0.0-M10");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .contains(
            "choose a version greater than v2.0.0-M9; SemVer compares the pre-release identifiers"
                + " 'M10' and 'M9' as text (ASCII order), not as numbers; use a numeric"
                + " identifier such as -M.10 so that they compare as numbers");
  }

  @Test
  void aShallowCloneComparesWithinTheSameMinorThenMajorLineAndSaysSo() {
    tagAndPush("v2.4.0", remote.seed().head());
    remote.commit("three");
    tagAndPush("v3.0.0", remote.seed().head());
    remote.commit("four");
    GitRepo ci = remote.shallowClone(tmp.resolve("ci"));
    CheckResult minor = run(ci, "v2.4.1", RULES);
    assertThat(minor.status()).isEqualTo(Status.PASS);
    assertThat(minor.message())
        .startsWith(
            "v2.4.1 is greater than v2.4.0, the highest of the v2.4 line (this clone is shallow,"
                + " so the releases HEAD descends from are not known (to compare with them: fetch"
                + " the history");
    assertThat(minor.message()).contains("; compared within the same MAJOR.MINOR instead;");
    CheckResult major = run(ci, "v2.3.9", RULES);
    assertThat(major.status()).isEqualTo(Status.FAIL);
    assertThat(major.message())
        .startsWith("v2.3.9 is lower than v2.4.0, the highest of the v2 line")
        .contains("no v2.3 release yet, so compared within the same MAJOR instead");
    assertThat(major.details()).containsKey("fallback");
  }

  @Test
  void remoteTagsCountWhereTheirCommitsAreKnownLocally() {
    remote.tag("v3.0.0", remote.seed().head(), true);
    remote.commit("third");
    GitRepo ci = GitRepo.at(tmp.resolve("ci"), seed.home());
    ci.git("clone", "-q", "--no-tags", remote.url(), ci.dir().toString());
    assertThat(ci.git("tag", "-l")).isEmpty();
    CheckResult r = run(ci, "v2.5.0", RULES);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith("v2.5.0 is lower than v3.0.0, the highest of the releases HEAD descends from");
  }

  @Test
  void withNoReleaseInItsHistoryTheLineDecidesAndSaysWhy() {
    seed.git("checkout", "-q", "--orphan", "other");
    seed.write("o.txt", "o").commitAll("orphan");
    CheckResult r = run("v1.10.1");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .startsWith(
            "v1.10.1 is greater than v1.10.0, the highest of the v1.10 line (HEAD descends from no release tag;");
  }

  @ParameterizedTest(name = "{0} with v1.10.0, v1.11.0 and v2.0.0 -> {1}")
  @CsvSource({"MINOR, PASS", "MAJOR, FAIL", "ALL, FAIL", "REACHABLE, FAIL"})
  void theConfigChoosesTheSet(GitConfig.CompareWith mode, Status expected) {
    seed.git("tag", "v2.0.0", seed.git("rev-parse", "HEAD~1"));
    seed.git("tag", "v1.11.0", seed.git("rev-parse", "HEAD~1"));
    CheckResult r = run(seed, "v1.10.1", compareWith(mode));
    assertThat(r.status()).as(r.message()).isEqualTo(expected);
    assertThat(r.message()).contains("git.version.compare-with: " + mode.key());
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
            "v3.0.0+ci.5 is equal in precedence to the existing release v3.0.0 (at "
                + seed.git("rev-parse", "--short=7", "HEAD~1")
                + "): choose a version that is not released yet");
  }

  @Test
  void aRerunDoesNotCompareTheReleaseWithItsOwnTag() {
    seed.git("tag", "v1.11.0");
    CheckResult r = run("v1.11.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .endsWith(
            "; its own tag at HEAD not counted (a re-run, or the tag that triggered this run))");
  }

  @Test
  void deployingAnEarlierReleaseIsARollbackNotAFailure() {
    String first = seed.git("rev-parse", "HEAD~1");
    seed.git("checkout", "-q", "--detach", first);
    CheckResult r = run(seed, "v1.2.0", RULES, true);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .startsWith(
            "deploying v1.2.0, an earlier release than v1.10.0: a rollback (deploy: the order is"
                + " not required;");
    assertThat(r.details()).containsEntry("note", "rollback");
    CheckResult latest = run(seed, "v1.10.0", RULES, true);
    assertThat(latest.message()).startsWith("deploying v1.10.0, the latest release");
  }

  @Test
  void theFirstReleasePasses() {
    GitRepo solo = GitRepo.init(tmp.resolve("solo"), tmp.resolve("home"));
    solo.write("x", "x").commitAll("x");
    CheckResult r = run(solo, "v0.1.0", RULES);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "v0.1.0 is the first release of this repository under prefix 'v' ("
                + REACHABLE
                + "local tags only: no remote 'origin' is configured)");
  }

  @Test
  void anotherPrefixIsAnotherLineOfReleases() {
    CheckResult r = run(seed, "release-9.0.1", prefix("release-"));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.details()).containsEntry("highest", "release-9.0.0");
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

  void tagAndPush(String tag, String commit) {
    remote.tag(tag, commit, false);
  }

  static List<String> unused() {
    return List.of();
  }
}
