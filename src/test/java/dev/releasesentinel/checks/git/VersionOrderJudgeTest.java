package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.git.GitConfig.CompareWith;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.version.SemVer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code git.version-order} judged from literal facts: tags, HEAD and what HEAD's history holds.
 * The same situations against real repositories are in VersionOrderCheckIT.
 */
class VersionOrderJudgeTest {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.BLOCK, Location.NONE);
  static final String FIRST = "1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  static final String BASE = "2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
  static final String MAIN = "3333333ccccccccccccccccccccccccccccccccc";
  static final String HEAD = "4444444ddddddddddddddddddddddddddddddddd";
  static final String ORIGIN = "/srv/git/origin.git";
  static final String REACHABLE = "git.version.compare-with: reachable; ";
  static final String SCOPE = "local tags and remote 'origin' (" + ORIGIN + ")";
  static final String LOCAL_ONLY = "local tags only: no remote 'origin' is configured";

  /** The tags of the usual repository: releases and names that are not, on the first commit. */
  static List<Tag> usual() {
    List<Tag> tags = new ArrayList<>();
    for (String t : List.of("v1.0.0", "v1.2.0", "v1.10.0", "v1.x", "vnext", "release-9.0.0")) {
      tags.add(new Tag(t, FIRST, false));
    }
    return tags;
  }

  static GitConfig.VersionRules rules(String prefix, CompareWith mode) {
    return new GitConfig.VersionRules(GitConfig.Format.SEMVER, prefix, true, true, mode);
  }

  /** What the repository holds: tags here and on origin, HEAD, and what HEAD descends from. */
  record Repo(List<Tag> local, Optional<List<Tag>> remote, History history) {

    static Repo of(List<Tag> tags, String... reachable) {
      return new Repo(tags, Optional.of(tags), new History(false, Set.of(reachable)));
    }

    Repo shallow() {
      return new Repo(local, remote, new History(true, Set.of()));
    }

    Repo localOnly() {
      return new Repo(local, Optional.empty(), history);
    }

    Repo with(String tag, String commit) {
      List<Tag> more = new ArrayList<>(local);
      more.add(new Tag(tag, commit, false));
      return new Repo(more, remote, history);
    }

    KnownTags tags() {
      return new KnownTags(
          local,
          remote
              .map(r -> new RemoteTags("origin", ORIGIN, true, r))
              .orElse(RemoteTags.notConfigured("origin")));
    }
  }

  /** Judges as the check does after collecting: history only where the compare set needs it. */
  static CheckResult judge(
      Repo repo, String version, GitConfig.VersionRules rules, boolean deploy) {
    VersionOrderCheck check =
        new VersionOrderCheck(
            SPEC,
            rules,
            "origin",
            Optional.of(new ReleaseVersion(version, "--version")),
            null,
            Environment.of(Map.of()),
            deploy);
    SemVer current = Versions.parse(version, rules.prefix());
    Head head = new Head(Optional.of(HEAD), Optional.of("main"), "/work/repo");
    Candidates c =
        Candidates.of(version, TagLine.of(version, rules.prefix()), repo.tags(), head, deploy);
    Optional<History> history =
        CompareSet.needsHistory(rules.compareWith())
            ? Optional.of(repo.history())
            : Optional.empty();
    return check.judge(version, current, c, history);
  }

  static CheckResult judge(Repo repo, String version, GitConfig.VersionRules rules) {
    return judge(repo, version, rules, false);
  }

  static CheckResult judge(Repo repo, String version) {
    return judge(repo, version, rules("v", CompareWith.REACHABLE));
  }

  static final Repo USUAL = Repo.of(usual(), FIRST);

  @Test
  void passesAboveTheHighestReleaseHeadDescendsFromComparingNumbersAsNumbers() {
    CheckResult r = judge(USUAL, "v1.11.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "v1.11.0 is greater than v1.10.0, the highest of the releases HEAD descends from ("
                + REACHABLE
                + SCOPE
                + "; 1 tag that only looks like a version ignored: release-9.0.0)");
    assertThat(r.details())
        .containsEntry("highest", "v1.10.0")
        .containsEntry("compared", 3)
        .containsEntry("ignored", 1)
        .containsEntry("comparedWith", "the releases HEAD descends from");
  }

  @Test
  void blocksBelowTheHighestReleaseAndNamesTheSetComparedWith() {
    CheckResult r = judge(USUAL, "v1.9.0");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "v1.9.0 is lower than v1.10.0, the highest of the releases HEAD descends from: choose"
                + " a version greater than v1.10.0 ("
                + REACHABLE
                + SCOPE
                + "; 1 tag that only looks like a version ignored: release-9.0.0)");
  }

  @Test
  void aMaintenanceLineComparesWithItsOwnHistoryNotWithMain() {
    Repo repo =
        new Repo(
            List.of(new Tag("v3.5.15", BASE, false), new Tag("v4.1.0", MAIN, false)),
            Optional.of(List.of()),
            new History(false, Set.of(BASE)));
    CheckResult r = judge(repo, "v3.5.16");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .startsWith(
            "v3.5.16 is greater than v3.5.15, the highest of the releases HEAD descends from");
    CheckResult all = judge(repo, "v3.5.16", rules("v", CompareWith.ALL));
    assertThat(all.status()).isEqualTo(Status.FAIL);
    assertThat(all.message())
        .startsWith("v3.5.16 is lower than v4.1.0, the highest of every release tag");
  }

  @Test
  void aPreReleaseOfAnotherLineNeverBlocks() {
    Repo repo = USUAL.with("v1.37.0-beta.0", MAIN);
    for (CompareWith mode : CompareWith.values()) {
      CheckResult r = judge(repo, "v1.36.3", rules("v", mode));
      assertThat(r.status()).as("%s: %s", mode, r.message()).isEqualTo(Status.PASS);
      assertThat(r.message()).contains("1 pre-release of other lines not counted");
    }
    // Of its own line it does count: 1.37.0-beta.0 is above 1.37.0-alpha.
    assertThat(judge(Repo.of(repo.local(), FIRST, MAIN), "v1.37.0-alpha").status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void tagsWithOrWithoutALeadingVAreTheSameVersions() {
    Repo repo = Repo.of(USUAL.with("2.0.0", FIRST).local(), FIRST);
    CheckResult none = judge(repo, "1.5.0", rules("", CompareWith.REACHABLE));
    assertThat(none.status()).isEqualTo(Status.FAIL);
    assertThat(none.message()).startsWith("1.5.0 is lower than 2.0.0");
    CheckResult v = judge(repo, "v1.11.0");
    assertThat(v.status()).isEqualTo(Status.FAIL);
    assertThat(v.message()).startsWith("v1.11.0 is lower than 2.0.0");
    assertThat(judge(repo, "1.11.0", rules("", CompareWith.REACHABLE)).message())
        .startsWith("1.11.0 is lower than 2.0.0");
  }

  @Test
  void theSameVersionUnderTheOtherSpellingIsAlreadyReleased() {
    Repo repo = Repo.of(USUAL.with("1.10.0", FIRST).local(), FIRST);
    CheckResult r = judge(repo, "1.10.0", rules("", CompareWith.REACHABLE));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).startsWith("1.10.0 is equal in precedence to the existing release");
  }

  @Test
  void lookAlikesAloneAreNeverAFirstRelease() {
    List<Tag> tags = new ArrayList<>();
    for (String t : List.of("release-2.0.0", "2.1", "2.2.0.1", "latest")) {
      tags.add(new Tag(t, HEAD, false));
    }
    tags.sort((a, b) -> a.name().compareTo(b.name())); // as git lists them
    CheckResult r = judge(Repo.of(tags).localOnly(), "v1.0.0");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "cannot tell whether v1.0.0 is the first release: no tag is a version of its line, but"
                + " 3 tags look like versions (2.1, 2.2.0.1, release-2.0.0). If they are earlier"
                + " releases, set git.version.prefix to their prefix (v1.2.3 and 1.2.3 count"
                + " alike); if this is the first release, set git.version.must-increase: false"
                + " for it ("
                + REACHABLE
                + LOCAL_ONLY
                + "; 3 tags that only look like versions ignored: 2.1, 2.2.0.1, release-2.0.0)");
  }

  @Test
  void aMonorepoPackageComparesOnlyWithItsOwnTags() {
    Repo repo =
        Repo.of(
            USUAL
                .with("api@2.0.0", FIRST)
                .with("web@5.0.0", FIRST)
                .with("@acme/cli@1.0.0", FIRST)
                .local(),
            FIRST);
    GitConfig.VersionRules none = rules("", CompareWith.REACHABLE);
    CheckResult r = judge(repo, "api@2.1.0", none);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).startsWith("api@2.1.0 is greater than api@2.0.0");
    assertThat(r.details()).containsEntry("package", "api").containsEntry("compared", 1);
    assertThat(judge(repo, "api@1.9.0", none).status()).isEqualTo(Status.FAIL);
    assertThat(judge(repo, "@acme/cli@0.9.0", none).message())
        .startsWith("@acme/cli@0.9.0 is lower than @acme/cli@1.0.0");
  }

  @Test
  void explainsThatWordNumberPreReleasesCompareAsText() {
    CheckResult r = judge(Repo.of(USUAL.with("v2.0.0-M9", FIRST).local(), FIRST), "v2.0.0-M10");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .contains(
            "choose a version greater than v2.0.0-M9; SemVer compares the pre-release identifiers"
                + " 'M10' and 'M9' as text (ASCII order), not as numbers; use a numeric"
                + " identifier such as -M.10 so that they compare as numbers");
  }

  @Test
  void aShallowCloneComparesWithinTheSameMinorThenMajorLineAndSaysSo() {
    Repo ci =
        Repo.of(List.of(new Tag("v2.4.0", BASE, false), new Tag("v3.0.0", MAIN, false))).shallow();
    CheckResult minor = judge(ci, "v2.4.1");
    assertThat(minor.status()).isEqualTo(Status.PASS);
    assertThat(minor.message())
        .startsWith(
            "v2.4.1 is greater than v2.4.0, the highest of the v2.4 line (this clone is shallow,"
                + " so the releases HEAD descends from are not known (to compare with them: fetch"
                + " the history");
    assertThat(minor.message()).contains("; compared within the same MAJOR.MINOR instead;");
    CheckResult major = judge(ci, "v2.3.9");
    assertThat(major.status()).isEqualTo(Status.FAIL);
    assertThat(major.message())
        .startsWith("v2.3.9 is lower than v2.4.0, the highest of the v2 line")
        .contains("no v2.3 release yet, so compared within the same MAJOR instead");
    assertThat(major.details()).containsKey("fallback");
  }

  @Test
  void remoteTagsCountWhereTheirCommitsAreKnownLocally() {
    Repo ci =
        new Repo(
            List.of(),
            Optional.of(List.of(new Tag("v3.0.0", MAIN, true))),
            new History(false, Set.of(MAIN)));
    CheckResult r = judge(ci, "v2.5.0");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith("v2.5.0 is lower than v3.0.0, the highest of the releases HEAD descends from");
  }

  @Test
  void withNoReleaseInItsHistoryTheLineDecidesAndSaysWhy() {
    CheckResult r = judge(Repo.of(usual()), "v1.10.1");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .startsWith(
            "v1.10.1 is greater than v1.10.0, the highest of the v1.10 line (HEAD descends from no"
                + " release tag;");
  }

  @ParameterizedTest(name = "{0} with v1.10.0, v1.11.0 and v2.0.0 -> {1}")
  @CsvSource({"MINOR, PASS", "MAJOR, FAIL", "ALL, FAIL", "REACHABLE, FAIL"})
  void theConfigChoosesTheSet(CompareWith mode, Status expected) {
    Repo repo = Repo.of(USUAL.with("v2.0.0", FIRST).with("v1.11.0", FIRST).local(), FIRST);
    CheckResult r = judge(repo, "v1.10.1", rules("v", mode));
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
    assertThat(judge(Repo.of(USUAL.with(existing, FIRST).local(), FIRST), version).status())
        .isEqualTo(expected);
  }

  @Test
  void anEqualVersionIsNotGreater() {
    CheckResult r = judge(Repo.of(USUAL.with("v3.0.0", BASE).local(), FIRST), "v3.0.0+ci.5");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith(
            "v3.0.0+ci.5 is equal in precedence to the existing release v3.0.0 (at 2222222):"
                + " choose a version that is not released yet");
  }

  @Test
  void aRerunDoesNotCompareTheReleaseWithItsOwnTag() {
    CheckResult r = judge(Repo.of(USUAL.with("v1.11.0", HEAD).local(), FIRST, HEAD), "v1.11.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .endsWith(
            "; its own tag at HEAD not counted (a re-run, or the tag that triggered this run))");
  }

  @Test
  void aTagOfTheReleaseElsewhereIsNotItsOwn() {
    // Not at HEAD: it is an existing release of the same version.
    CheckResult r = judge(Repo.of(USUAL.with("v1.11.0", BASE).local(), FIRST), "v1.11.0");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).startsWith("v1.11.0 is equal in precedence to the existing release");
  }

  @Test
  void deployingAnEarlierReleaseIsARollbackNotAFailure() {
    CheckResult r = judge(USUAL, "v1.2.0", rules("v", CompareWith.REACHABLE), true);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .startsWith(
            "deploying v1.2.0, an earlier release than v1.10.0: a rollback (deploy: the order is"
                + " not required;");
    assertThat(r.details()).containsEntry("note", "rollback");
    assertThat(judge(USUAL, "v1.10.0", rules("v", CompareWith.REACHABLE), true).message())
        .startsWith("deploying v1.10.0, the latest release");
  }

  @Test
  void theFirstReleasePasses() {
    CheckResult r = judge(Repo.of(List.of()).localOnly(), "v0.1.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "v0.1.0 is the first release of this repository under prefix 'v' ("
                + REACHABLE
                + LOCAL_ONLY
                + ")");
  }

  @Test
  void anotherPrefixIsAnotherLineOfReleases() {
    CheckResult r = judge(USUAL, "release-9.0.1", rules("release-", CompareWith.REACHABLE));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.details()).containsEntry("highest", "release-9.0.0");
  }
}
