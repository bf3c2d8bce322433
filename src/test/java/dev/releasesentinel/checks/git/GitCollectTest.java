package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.git.GitConfig.CompareWith;
import dev.releasesentinel.checks.git.testing.CheckRun;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the git checks read, and when: each reads only what its verdict needs, in the order it needs
 * it, publishes the run's facts, and turns a probe that cannot read into ERROR.
 */
class GitCollectTest {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.BLOCK, Location.NONE);
  static final List<String> ALLOWED = List.of("main", "release/*");
  static final String HEAD = "4444444ddddddddddddddddddddddddddddddddd";
  static final String FIRST = "1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  static final Optional<ReleaseVersion> V2 = Optional.of(new ReleaseVersion("v2.0.0", "--version"));

  static Head detached() {
    return new Head(Optional.of(HEAD), Optional.empty(), "/work/repo");
  }

  static RemoteTags origin(Tag... heads) {
    return new RemoteTags("origin", "/srv/origin.git", true, List.of(), List.of(heads));
  }

  static BranchCheck branch(FakeGitProbe probe, Map<String, String> env) {
    return new BranchCheck(SPEC, ALLOWED, Environment.of(env), "origin", probe.lazy());
  }

  @Test
  void aBranchCheckOnABranchReadsHeadOnly() {
    FakeGitProbe probe =
        new FakeGitProbe().head(new Head(Optional.of(HEAD), Optional.of("main"), "/work/repo"));
    CheckRun run = CheckRun.of(branch(probe, Map.of()));
    assertThat(run.result().status()).isEqualTo(Status.PASS);
    assertThat(probe.asked).containsExactly("head");
    assertThat(run.facts())
        .containsEntry("repository.branch", "main")
        .containsEntry("repository.commit", HEAD);
  }

  @Test
  void theBranchCiNamesIsTheRunsBranchWithoutAskingTheRepository() {
    FakeGitProbe probe = new FakeGitProbe().head(detached());
    CheckRun run = CheckRun.of(branch(probe, Map.of("CI_COMMIT_BRANCH", "feature/x")));
    assertThat(run.result().status()).isEqualTo(Status.FAIL);
    assertThat(probe.asked).containsExactly("head");
    assertThat(run.facts()).containsEntry("repository.branch", "feature/x");
  }

  @Test
  void branchesHereDecideBeforeTheRemoteIsAsked() {
    FakeGitProbe probe = new FakeGitProbe().head(detached()).containing("release/4");
    CheckRun run = CheckRun.of(branch(probe, Map.of()));
    assertThat(run.result().status()).isEqualTo(Status.PASS);
    assertThat(probe.asked).containsExactly("head", "branchesContainingHead");
    assertThat(run.facts()).containsEntry("repository.branch", "release/4");
  }

  @Test
  void aBranchHereThatIsNotAllowedPublishesNoBranch() {
    FakeGitProbe probe = new FakeGitProbe().head(detached()).containing("feature/z");
    CheckRun run = CheckRun.of(branch(probe, Map.of()));
    assertThat(run.result().status()).isEqualTo(Status.FAIL);
    assertThat(run.facts()).doesNotContainKey("repository.branch");
  }

  @Test
  void theRemotesAllowedBranchesAreAskedInOrderUpToTheFirstThatHoldsHead() {
    FakeGitProbe probe =
        new FakeGitProbe()
            .head(detached())
            .containing()
            .shallow(true)
            .remote(
                origin(
                    new Tag("feature/x", "f1", false),
                    new Tag("release/1", "r1", false),
                    new Tag("main", "m1", false),
                    new Tag("release/2", "r2", false)))
            .ancestor("r1", Optional.empty())
            .ancestor("m1", Optional.of(true));
    CheckRun run = CheckRun.of(branch(probe, Map.of()));
    assertThat(run.result().status()).isEqualTo(Status.PASS);
    assertThat(run.result().message()).startsWith("HEAD 4444444 is on branch main of remote");
    assertThat(probe.asked)
        .containsExactly(
            "head",
            "branchesContainingHead",
            "shallow",
            "remoteTags origin",
            "headIsAncestorOf r1",
            "headIsAncestorOf m1");
    assertThat(run.facts()).containsEntry("repository.branch", "main");
  }

  @Test
  void whatTheProbeCannotReadIsAnErrorWithItsMessage() {
    FakeGitProbe probe = new FakeGitProbe().failing("cannot read HEAD in /work/repo: bad ref");
    CheckResult r = CheckRun.of(branch(probe, Map.of())).result();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).isEqualTo("cannot read HEAD in /work/repo: bad ref");
  }

  // ----------------------------------------------------------------------- versions and tags

  static VersionOrderCheck order(FakeGitProbe probe, String version, CompareWith mode) {
    return new VersionOrderCheck(
        SPEC,
        new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true, mode),
        "origin",
        Optional.of(new ReleaseVersion(version, "--version")),
        probe.lazy(),
        Environment.of(Map.of()),
        false);
  }

  static FakeGitProbe tagged(String... tags) {
    Tag[] local = new Tag[tags.length];
    for (int i = 0; i < tags.length; i++) {
      local[i] = new Tag(tags[i], FIRST, false);
    }
    return new FakeGitProbe()
        .head(new Head(Optional.of(HEAD), Optional.of("main"), "/work/repo"))
        .localTags(local)
        .remote(new RemoteTags("origin", "/srv/origin.git", true, List.of()));
  }

  @Test
  void aVersionThatCannotBeOrderedReadsNothing() {
    FakeGitProbe probe = new FakeGitProbe();
    CheckResult r = CheckRun.of(order(probe, "v1.2", CompareWith.REACHABLE)).result();
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "cannot order version v1.2 (from --version): '1.2' is not MAJOR.MINOR.PATCH (three"
                + " numbers separated by dots) (see git.version-format)");
    assertThat(probe.asked).isEmpty();
  }

  @Test
  void compareWithReachableWalksHeadsHistoryOnce() {
    FakeGitProbe probe = tagged("v1.0.0").shallow(false).reachable(FIRST);
    CheckResult r = CheckRun.of(order(probe, "v2.0.0", CompareWith.REACHABLE)).result();
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(probe.asked)
        .containsExactly("head", "localTags", "remoteTags origin", "shallow", "reachableFromHead");
  }

  @Test
  void aShallowCloneIsNotWalked() {
    FakeGitProbe probe = tagged("v1.0.0").shallow(true);
    CheckRun.of(order(probe, "v2.0.0", CompareWith.REACHABLE));
    assertThat(probe.asked).doesNotContain("reachableFromHead").contains("shallow");
  }

  @Test
  void otherCompareSetsReadNoHistory() {
    for (CompareWith mode : List.of(CompareWith.MINOR, CompareWith.MAJOR, CompareWith.ALL)) {
      FakeGitProbe probe = tagged("v1.0.0");
      assertThat(CheckRun.of(order(probe, "v2.0.0", mode)).result().status())
          .isEqualTo(Status.PASS);
      assertThat(probe.asked).containsExactly("head", "localTags", "remoteTags origin");
    }
  }

  @Test
  void aReleaseThatExistsAlreadyReadsNoHistory() {
    FakeGitProbe probe = tagged("v2.0.0");
    CheckResult r = CheckRun.of(order(probe, "v2.0.0", CompareWith.REACHABLE)).result();
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(probe.asked).containsExactly("head", "localTags", "remoteTags origin");
  }

  @Test
  void aTagCheckPublishesTheVersionAndCommit() {
    FakeGitProbe probe = tagged();
    CheckRun run =
        CheckRun.of(
            new TagAbsentCheck(
                SPEC,
                new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true),
                "origin",
                V2,
                probe.lazy()));
    assertThat(run.result().status()).isEqualTo(Status.PASS);
    assertThat(run.facts())
        .containsEntry("release.version", "v2.0.0")
        .containsEntry("repository.commit", HEAD);
  }

  @Test
  void aHeadWithoutCommitIsAnErrorBeforeAnyTagIsRead() {
    FakeGitProbe probe =
        new FakeGitProbe().head(new Head(Optional.empty(), Optional.of("main"), "/work/repo"));
    CheckResult r =
        CheckRun.of(
                new TagExistsCheck(
                    SPEC,
                    new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true),
                    "origin",
                    V2,
                    probe.lazy()))
            .result();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).isEqualTo("HEAD has no commit yet in /work/repo");
    assertThat(probe.asked).containsExactly("head");
  }

  @Test
  void withoutAVersionARequiredOneFailsAndReadsNothing() {
    FakeGitProbe probe = new FakeGitProbe();
    CheckResult r =
        CheckRun.of(
                new TagAbsentCheck(
                    SPEC,
                    new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true),
                    "origin",
                    Optional.empty(),
                    probe.lazy()))
            .result();
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "no release version given: pass --release (e.g. --release v1.4.2) or run on a tag"
                + " (GITHUB_REF refs/tags/..., CI_COMMIT_TAG or TAG_NAME)");
    assertThat(probe.asked).isEmpty();
  }

  @Test
  void withoutAVersionAnOptionalOneSkips() {
    CheckResult r =
        CheckRun.of(
                new TagAbsentCheck(
                    SPEC,
                    new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, false),
                    "origin",
                    Optional.empty(),
                    new FakeGitProbe().lazy()))
            .result();
    assertThat(r.status()).isEqualTo(Status.SKIP);
    assertThat(r.message())
        .isEqualTo(
            "no release version given (--release, or the tag that triggered the CI run (GITHUB_REF"
                + " (refs/tags/...), CI_COMMIT_TAG, TAG_NAME, BUILD_SOURCEBRANCH (refs/tags/...),"
                + " CIRCLE_TAG, BITBUCKET_TAG, BUILDKITE_TAG)) and git.version.required is false");
  }

  // ----------------------------------------------------------------------------- the family

  static Config config(String yaml) throws Exception {
    return Families.loader()
        .parse(yaml, "t.yml", Optional.empty(), Path.of("."))
        .select(Optional.empty());
  }

  static final RunContext CONTEXT =
      new RunContext(
          Path.of("/work/repo"),
          Optional.of("v2.0.0"),
          Optional.empty(),
          Environment.of(Map.of()),
          Clock.systemUTC());

  @Test
  void theChecksOfARunShareOneProbeOpenedOnce() throws Exception {
    AtomicInteger opened = new AtomicInteger();
    FakeGitProbe probe =
        tagged("v1.0.0")
            .shallow(false)
            .reachable(FIRST)
            .containing()
            .remote(new RemoteTags("origin", "/srv/origin.git", true, List.of()));
    GitFamily family =
        new GitFamily(
            context -> {
              opened.incrementAndGet();
              return probe;
            });
    List<Check> checks =
        family.checks(config("git: { clean-tree: false, branches: [main] }\n"), CONTEXT);
    assertThat(opened).hasValue(0);
    CheckRun run = CheckRun.of(checks.toArray(new Check[0]));
    assertThat(run.results()).extracting(CheckResult::status).containsOnly(Status.PASS);
    assertThat(opened).hasValue(1);
  }

  @Test
  void aRepositoryThatCannotBeOpenedIsOneErrorAndTheOtherChecksNeedItOpenedOnce() throws Exception {
    AtomicInteger opened = new AtomicInteger();
    GitFamily family =
        new GitFamily(
            context -> {
              opened.incrementAndGet();
              throw new CannotObserve("not a git repository: " + context.repository());
            });
    List<Check> checks = family.checks(config("git: {}\n"), CONTEXT);
    CheckRun run = CheckRun.of(checks.toArray(new Check[0]));
    // version-format reads no repository; the first check that does carries the cause.
    assertThat(run.result("git.clean-tree").status()).isEqualTo(Status.ERROR);
    assertThat(run.result("git.clean-tree").message())
        .isEqualTo("not a git repository: /work/repo");
    assertThat(run.results())
        .filteredOn(r -> r.status() == Status.SKIP)
        .extracting(r -> r.id().value())
        .containsExactly("git.branch", "git.tag-absent", "git.version-order");
    assertThat(run.results())
        .filteredOn(r -> r.status() == Status.SKIP)
        .allSatisfy(
            r -> {
              assertThat(r.message())
                  .isEqualTo("needs a readable git repository: see git.clean-tree");
              assertThat(r.needs()).contains(CheckId.of("git.clean-tree"));
            });
    assertThat(run.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(opened).hasValue(1);
  }

  @Test
  void withoutARequiredVersionOneCheckFailsAndTheOthersNeedIt() throws Exception {
    RunContext noVersion =
        new RunContext(
            Path.of("/work/repo"),
            Optional.empty(),
            Optional.empty(),
            Environment.of(Map.of()),
            Clock.systemUTC());
    FakeGitProbe probe = new FakeGitProbe();
    List<Check> checks =
        new GitFamily(c -> probe)
            .checks(config("git: { clean-tree: false }\n"), noVersion).stream()
                .filter(c -> !c.id().value().equals("git.branch")) // as --skip git.branch
                .toList();
    CheckRun run = CheckRun.of(checks.toArray(new Check[0]));
    assertThat(run.results())
        .extracting(r -> r.id().value(), CheckResult::status)
        .containsExactly(
            tuple("git.version-format", Status.FAIL),
            tuple("git.tag-absent", Status.SKIP),
            tuple("git.version-order", Status.SKIP));
    assertThat(run.result("git.tag-absent").message())
        .isEqualTo("needs a release version: see git.version-format");
    assertThat(run.verdict()).isEqualTo(Verdict.BLOCKED);
  }
}
