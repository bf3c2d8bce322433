package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.git.testing.CheckRun;
import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.checks.git.testing.JGitIsolation;
import dev.releasesentinel.checks.git.testing.Remote;
import dev.releasesentinel.config.CheckSpec;
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

/**
 * {@code git.version-order} in real repositories made with native git: the facts the probe reads
 * (tags here and on a remote, HEAD's history, a shallow clone, an orphan branch, names with
 * {@code @} and {@code /}) give the verdicts they should. Every message of the judgement, from
 * literal facts: VersionOrderJudgeTest.
 */
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

  @Test
  void aRerunDoesNotCompareTheReleaseWithItsOwnTag() {
    seed.git("tag", "v1.11.0");
    CheckResult r = run("v1.11.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .endsWith(
            "; its own tag at HEAD not counted (a re-run, or the tag that triggered this run))");
  }

  void tagAndPush(String tag, String commit) {
    remote.tag(tag, commit, false);
  }

  static List<String> unused() {
    return List.of();
  }
}
