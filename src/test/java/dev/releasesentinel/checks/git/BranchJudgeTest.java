package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code git.branch} judged from literal facts: HEAD, the branches here that contain it, and the
 * remote's branches. The same situations in real clones are in BranchCheckIT.
 */
class BranchJudgeTest {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.BLOCK, Location.NONE);
  static final List<String> ALLOWED = List.of("main", "release/*");
  static final String HEAD = "4444444ddddddddddddddddddddddddddddddddd";
  static final String MAIN = "3333333ccccccccccccccccccccccccccccccccc";
  static final String LATER = "5555555eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";

  static BranchCheck check(List<String> allowed, Map<String, String> env) {
    return new BranchCheck(SPEC, allowed, Environment.of(env), "origin", null);
  }

  static Head on(String branch) {
    return new Head(Optional.of(HEAD), Optional.of(branch), "/work/repo");
  }

  static Head detached() {
    return new Head(Optional.of(HEAD), Optional.empty(), "/work/repo");
  }

  static RemoteBranches remote(boolean shallow, Map<Tag, Optional<Boolean>> headIn, Tag... heads) {
    return new RemoteBranches(
        shallow,
        new RemoteTags("origin", "/srv/origin.git", true, List.of(), List.of(heads)),
        headIn);
  }

  static CheckResult judge(Head head, Map<String, String> env, String... containing) {
    return check(ALLOWED, env).judge(head, List.of(containing), Optional.empty());
  }

  @Test
  void passesOnAnAllowedBranch() {
    CheckResult r = judge(on("main"), Map.of());
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).isEqualTo("on branch main, allowed by 'main'");
    assertThat(r.details()).containsEntry("branch", "main").containsEntry("source", "HEAD");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"release/1.4, PASS", "release/1.4/hotfix, FAIL", "feature/x, FAIL", "mainline, FAIL"})
  void matchesTheBranchAgainstTheGlobs(String branch, Status expected) {
    assertThat(judge(on(branch), Map.of()).status()).isEqualTo(expected);
  }

  @Test
  void blocksOnAnotherBranchSayingHowToFix() {
    CheckResult r = judge(on("feature/x"), Map.of());
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "branch feature/x is not an allowed release branch (main, release/*): release from an"
                + " allowed branch, or add it to git.branches");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "GITHUB_REF, refs/heads/release/2, release/2",
    "GITHUB_HEAD_REF, release/9, release/9",
    "CI_COMMIT_BRANCH, main, main",
    "BRANCH_NAME, release/3, release/3"
  })
  void aDetachedHeadTakesTheBranchCiNames(String variable, String value, String branch) {
    CheckResult r = judge(detached(), Map.of(variable, value));
    assertThat(r.message()).startsWith("on branch " + branch + " (from " + variable + ")");
    assertThat(r.details()).containsEntry("branch", branch);
  }

  @Test
  void theCiBranchCountsWhenTheCommitCiNamesIsHead() {
    CheckResult r =
        judge(
            detached(),
            Map.of("GITHUB_REF", "refs/heads/release/2", "GITHUB_SHA", HEAD.toUpperCase()));
    assertThat(r.message()).startsWith("on branch release/2 (from GITHUB_REF)");
  }

  @ParameterizedTest(name = "{0}/{2}")
  @CsvSource({
    "GITHUB_REF, refs/heads/main, GITHUB_SHA",
    "CI_COMMIT_BRANCH, main, CI_COMMIT_SHA",
    "BRANCH_NAME, main, GIT_COMMIT"
  })
  void theCiBranchIsNotTakenWhenTheJobCheckedOutAnotherCommit(
      String variable, String value, String commitVariable) {
    CheckResult r =
        judge(detached(), Map.of(variable, value, commitVariable, MAIN), "feature/evil");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "HEAD 4444444 is only on feature/evil, none of which is allowed (main, release/*):"
                + " release from an allowed branch, or add the branch to git.branches ("
                + variable
                + " names main, but "
                + commitVariable
                + " 3333333 is not HEAD (the job checked out another commit), so that branch was"
                + " not taken)");
  }

  @Test
  void aPullRequestRefIsNotABranchButItsHeadRefIs() {
    CheckResult r =
        judge(
            detached(), Map.of("GITHUB_REF", "refs/pull/7/merge", "GITHUB_HEAD_REF", "feature/y"));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "branch feature/y (from GITHUB_HEAD_REF) is not an allowed release branch (main,"
                + " release/*): release from an allowed branch, or add it to git.branches");
  }

  @Test
  void aDetachedHeadOnALocalBranchPasses() {
    CheckResult r = judge(detached(), Map.of(), "main");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "HEAD 4444444 is on branch main (allowed by 'main'; HEAD is detached, found in main)");
    assertThat(r.details()).containsEntry("branch", "main").containsEntry("source", "contains");
  }

  @Test
  void theFirstAllowedContainingBranchIsTheOne() {
    CheckResult r = judge(detached(), Map.of(), "feature/a", "release/7", "main");
    assertThat(r.message())
        .isEqualTo(
            "HEAD 4444444 is on branch release/7 (allowed by 'release/*'; HEAD is detached, found"
                + " in feature/a, release/7, main)");
  }

  @Test
  void blocksWhenOnlyDisallowedBranchesContainHead() {
    CheckResult r = judge(detached(), Map.of(), "feature/z");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "HEAD 4444444 is only on feature/z, none of which is allowed (main, release/*): release"
                + " from an allowed branch, or add the branch to git.branches");
    assertThat(r.details())
        .containsEntry("branches", List.of("feature/z"))
        .doesNotContainKey("branch");
  }

  @Test
  void doubleStarPassesWithoutKnowingTheBranch() {
    CheckResult r = check(List.of("**"), Map.of()).judge(detached(), List.of(), Optional.empty());
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "every branch is allowed (**); HEAD is detached at 4444444 and its branch is not known");
  }

  @Test
  void aTagBuildThatFetchedNoBranchIsDecidedByTheRemotesBranches() {
    Tag main = new Tag("main", HEAD, false);
    CheckResult r =
        check(ALLOWED, Map.of("GITHUB_REF", "refs/tags/v1.0.0"))
            .judge(
                detached(),
                List.of(),
                Optional.of(remote(true, Map.of(main, Optional.of(true)), main)));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "HEAD 4444444 is on branch main of remote 'origin' (allowed by 'main'; HEAD is"
                + " detached and no local branch holds it, it is that branch's tip)");
    assertThat(r.details())
        .containsEntry("branch", "main")
        .containsEntry("source", "remote origin");
  }

  @Test
  void failsWhenTheRemotesAllowedBranchesAreHereAndDoNotHoldHead() {
    Tag main = new Tag("main", MAIN, false);
    CheckResult r =
        check(ALLOWED, Map.of())
            .judge(
                detached(),
                List.of(),
                Optional.of(remote(false, Map.of(main, Optional.of(false)), main)));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "HEAD 4444444 is on no allowed branch (main, release/*) of remote 'origin': main do not"
                + " contain it. Release from an allowed branch, or add the branch to"
                + " git.branches");
    assertThat(r.details()).containsEntry("remoteBranches", List.of("main"));
  }

  @Test
  void failsWhenTheRemoteHasNoAllowedBranch() {
    CheckResult r =
        check(ALLOWED, Map.of())
            .judge(
                detached(),
                List.of(),
                Optional.of(remote(false, Map.of(), new Tag("develop", MAIN, false))));
    assertThat(r.message())
        .isEqualTo(
            "HEAD 4444444 is on no allowed branch (main, release/*) of remote 'origin': it has no"
                + " such branch. Release from an allowed branch, or add the branch to"
                + " git.branches");
  }

  @Test
  void errorsWithTheHostsFixWhenTheRemoteBranchIsNotInThisClone() {
    Tag main = new Tag("main", LATER, false);
    CheckResult r =
        check(ALLOWED, Map.of("GITLAB_CI", "true", "CI_COMMIT_TAG", "v1.0.0"))
            .judge(
                detached(),
                List.of(),
                Optional.of(remote(true, Map.of(main, Optional.empty()), main)));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .contains("no CI variable names a branch")
        .contains("the history of remote 'origin' branch main is not in this clone. GitLab CI:")
        .contains("GIT_DEPTH: \"0\"")
        .doesNotContain("actions/checkout");
    assertThat(r.details())
        .containsEntry("shallow", true)
        .containsEntry("notInThisClone", List.of("main"));
  }

  @Test
  void aShallowCheckoutOfAnotherCommitSaysWhyTheCiBranchWasNotTaken() {
    Tag main = new Tag("main", LATER, false);
    Map<Tag, Optional<Boolean>> headIn = new LinkedHashMap<>();
    headIn.put(main, Optional.empty());
    CheckResult r =
        check(ALLOWED, Map.of("GITHUB_REF", "refs/heads/main", "GITHUB_SHA", LATER))
            .judge(detached(), List.of(), Optional.of(remote(true, headIn, main)));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "cannot tell which branch HEAD is on: HEAD is detached at 4444444; GITHUB_REF names"
                + " main, but GITHUB_SHA 5555555 is not HEAD (the job checked out another"
                + " commit), so that branch was not taken; no local or remote-tracking branch"
                + " contains it (this is a shallow clone); the history of remote 'origin' branch"
                + " main is not in this clone. GitHub Actions: actions/checkout fetches one commit")
        .endsWith(
            "Fix: fetch the history, tags and branches: actions/checkout with fetch-depth: 0");
  }

  @Test
  void withoutARemoteToAskItCannotTell() {
    RemoteBranches none = new RemoteBranches(false, RemoteTags.notConfigured("origin"), Map.of());
    CheckResult r = check(ALLOWED, Map.of()).judge(detached(), List.of(), Optional.of(none));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).contains("; there is no remote 'origin' to ask. ");
  }
}
