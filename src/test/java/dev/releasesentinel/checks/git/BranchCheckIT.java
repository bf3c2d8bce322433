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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code git.branch} in real clones made with native git: HEAD, the branches that contain it here
 * and on the remote, shallow tag builds. Every message of the judgement, from literal facts:
 * BranchJudgeTest.
 */
@ExtendWith(JGitIsolation.class)
class BranchCheckIT {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.BLOCK, Location.NONE);
  static final List<String> ALLOWED = List.of("main", "release/*");

  @TempDir Path tmp;
  Remote remote;
  GitRepo seed;

  @BeforeEach
  void repository() {
    remote = Remote.create(tmp);
    seed = remote.seed();
  }

  static CheckRun run(GitRepo repo, List<String> allowed, Map<String, String> env) {
    Environment e = Environment.of(env);
    LazyProbe<GitProbe> probe = GitProbes.lazy(repo.dir(), e);
    return CheckRun.of(new BranchCheck(SPEC, allowed, e, "origin", probe));
  }

  static String s(String id) {
    return id.substring(0, 7);
  }

  @Test
  void passesOnAnAllowedBranchAndPublishesIt() {
    CheckRun run = run(seed, ALLOWED, Map.of());
    assertThat(run.result().status()).isEqualTo(Status.PASS);
    assertThat(run.result().message()).isEqualTo("on branch main, allowed by 'main'");
    assertThat(run.facts()).containsEntry("repository.branch", "main");
  }

  /**
   * A workflow_dispatch run on main whose job checks out a tag made on a feature branch: GITHUB_REF
   * names main, but HEAD is not GITHUB_SHA, so main says nothing about HEAD.
   */
  @ParameterizedTest(name = "{0}/{2}")
  @CsvSource({
    "GITHUB_REF, refs/heads/main, GITHUB_SHA",
    "CI_COMMIT_BRANCH, main, CI_COMMIT_SHA",
    "BRANCH_NAME, main, GIT_COMMIT"
  })
  void theCiBranchIsNotTakenWhenTheJobCheckedOutAnotherCommit(
      String variable, String value, String commitVariable) {
    String mainHead = seed.head();
    seed.git("checkout", "-q", "-b", "feature/evil");
    String evil = seed.write("evil.txt", "x").commitAll("evil");
    seed.git("checkout", "-q", "--detach", evil);
    CheckResult r = run(seed, ALLOWED, Map.of(variable, value, commitVariable, mainHead)).result();
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "HEAD "
                + s(evil)
                + " is only on feature/evil, none of which is allowed (main, release/*): release"
                + " from an allowed branch, or add the branch to git.branches ("
                + variable
                + " names main, but "
                + commitVariable
                + " "
                + s(mainHead)
                + " is not HEAD (the job checked out another commit), so that branch was not"
                + " taken)");
  }

  @Test
  void aShallowCheckoutOfAnotherCommitSaysWhyTheCiBranchWasNotTaken() {
    String mainHead = seed.head();
    GitRepo ci = shallowTagCheckout();
    String later = remote.commit("later");
    CheckResult r =
        run(ci, ALLOWED, Map.of("GITHUB_REF", "refs/heads/main", "GITHUB_SHA", later)).result();
    // Missing history, not a violation: an ERROR with the CI host's own fix.
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "cannot tell which branch HEAD is on: HEAD is detached at "
                + s(mainHead)
                + "; GITHUB_REF names main, but GITHUB_SHA "
                + s(later)
                + " is not HEAD (the job checked out another commit), so that branch was not"
                + " taken; no local or remote-tracking branch contains it (this is a shallow"
                + " clone); the history of remote 'origin' branch main is not in this clone."
                + " GitHub Actions: actions/checkout fetches one commit")
        .endsWith(
            "Fix: fetch the history, tags and branches: actions/checkout with fetch-depth: 0");
  }

  @Test
  void failsWhenTheRemotesAllowedBranchesAreHereAndDoNotHoldHead() {
    seed.git("checkout", "-q", "-b", "feature/y");
    String c = seed.write("y.txt", "y").commitAll("y");
    seed.git("checkout", "-q", "--detach", c);
    seed.git("branch", "-D", "feature/y");
    CheckResult r = run(seed, ALLOWED, Map.of()).result();
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "HEAD "
                + s(c)
                + " is on no allowed branch (main, release/*) of remote 'origin': main do not"
                + " contain it. Release from an allowed branch, or add the branch to"
                + " git.branches");
  }

  @Test
  void aDetachedHeadOnALocalBranchPasses() {
    String first = seed.head();
    remote.commit("second");
    seed.git("checkout", "-q", first);
    CheckRun run = run(seed, ALLOWED, Map.of());
    assertThat(run.result().status()).isEqualTo(Status.PASS);
    assertThat(run.result().message())
        .isEqualTo(
            "HEAD "
                + s(first)
                + " is on branch main (allowed by 'main'; HEAD is detached, found in main)");
    assertThat(run.facts()).containsEntry("repository.branch", "main");
  }

  @Test
  void aRemoteTrackingBranchCountsToo() {
    GitRepo ci = remote.clone(tmp.resolve("ci"));
    ci.git("checkout", "-q", "--detach");
    ci.git("branch", "-D", "main");
    assertThat(run(ci, ALLOWED, Map.of()).result().status()).isEqualTo(Status.PASS);
  }

  @Test
  void blocksWhenOnlyDisallowedBranchesContainHead() {
    seed.git("checkout", "-q", "-b", "feature/z");
    String c = remote.seed().write("z.txt", "z").commitAll("z");
    seed.git("checkout", "-q", "--detach");
    CheckResult r = run(seed, ALLOWED, Map.of()).result();
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "HEAD "
                + s(c)
                + " is only on feature/z, none of which is allowed (main, release/*): release from"
                + " an allowed branch, or add the branch to git.branches");
  }

  GitRepo shallowTagCheckout() {
    remote.tag("v1.0.0", seed.head(), true);
    GitRepo ci = GitRepo.at(tmp.resolve("ci"), seed.home());
    ci.git("clone", "-q", "--depth", "1", "--branch", "v1.0.0", remote.url(), ci.dir().toString());
    return ci;
  }

  @Test
  void aTagBuildThatFetchedNoBranchIsDecidedByTheRemotesBranches() {
    GitRepo ci = shallowTagCheckout();
    CheckResult r = run(ci, ALLOWED, Map.of("GITHUB_REF", "refs/tags/v1.0.0")).result();
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "HEAD "
                + s(seed.head())
                + " is on branch main of remote 'origin' (allowed by 'main'; HEAD is detached and"
                + " no local branch holds it, it is that branch's tip)");
  }

  @Test
  void errorsWithTheHostsFixWhenTheRemoteBranchMovedOnBeyondTheClone() {
    GitRepo ci = shallowTagCheckout();
    remote.commit("later");
    CheckResult r =
        run(ci, ALLOWED, Map.of("GITLAB_CI", "true", "CI_COMMIT_TAG", "v1.0.0")).result();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .contains("no CI variable names a branch")
        .contains("the history of remote 'origin' branch main is not in this clone. GitLab CI:")
        .contains("GIT_DEPTH: \"0\"")
        .doesNotContain("actions/checkout");
    assertThat(r.details()).containsEntry("shallow", true);
  }

  @Test
  void errorsOutsideARepository() {
    GitRepo plain = GitRepo.at(tmp.resolve("plain"), seed.home());
    CheckResult r = run(plain, ALLOWED, Map.of()).result();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).startsWith("not a git repository: " + plain.dir().toAbsolutePath());
  }
}
