package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.git.testing.CheckRun;
import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.checks.git.testing.JGitIsolation;
import dev.releasesentinel.checks.git.testing.Remote;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code git.tag-absent} against real repositories and remotes made with native git: local and
 * remote, annotated and lightweight tags, missing and unreachable remotes, shallow clones. Every
 * message of the judgement, from literal facts: TagJudgeTest.
 */
@ExtendWith(JGitIsolation.class)
class TagAbsentCheckIT {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.CRITICAL, Location.NONE);
  static final GitConfig.VersionRules RULES =
      new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true);

  @TempDir Path tmp;
  Remote remote;
  String first;

  @BeforeEach
  void remoteWithOneCommit() {
    remote = Remote.create(tmp);
    first = remote.seed().head();
  }

  static CheckResult run(GitRepo repo, String version) {
    return run(repo, version, RULES);
  }

  static CheckResult run(GitRepo repo, String version, GitConfig.VersionRules rules) {
    LazyProbe<GitProbe> probe = GitProbes.lazy(repo.dir(), Environment.of(Map.of()));
    Optional<ReleaseVersion> v =
        Optional.ofNullable(version).map(s -> new ReleaseVersion(s, "--version"));
    return CheckRun.of(new TagAbsentCheck(SPEC, rules, "origin", v, probe)).result();
  }

  /** The check on a full clone whose remote 'origin' is set to {@code url}. */
  CheckResult runWithOrigin(String url) {
    GitRepo clone = remote.clone(tmp.resolve("ci"));
    clone.git("remote", "set-url", "origin", url);
    return run(clone, "v1.0.0");
  }

  static String s(String id) {
    return id.substring(0, 7);
  }

  @Test
  void passesWhenTheTagExistsNowhere() {
    GitRepo clone = remote.shallowClone(tmp.resolve("ci"));
    CheckResult r = run(clone, "v1.0.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 does not exist yet (local tags and remote 'origin' ("
                + remote.url()
                + "))");
  }

  @Test
  void blocksWhenALocalLightweightTagPointsElsewhere() {
    remote.seed().git("tag", "v1.0.0");
    String second = remote.commit("second");
    CheckResult r = run(remote.seed(), "v1.0.0");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 already exists locally at "
                + s(first)
                + " (HEAD is "
                + s(second)
                + "): release a new version, or delete the tag if it was made by mistake");
    assertThat(r.details()).containsEntry("taggedCommit", first);
  }

  @Test
  void blocksWhenTagExistsOnRemoteOnly() {
    remote.tag("v1.0.0", first, true);
    String second = remote.commit("second");
    GitRepo clone = remote.shallowClone(tmp.resolve("ci"));
    assertThat(clone.git("tag", "-l")).isEmpty();
    CheckResult r = run(clone, "v1.0.0");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 already exists on remote 'origin' at "
                + s(first)
                + " (HEAD is "
                + s(second)
                + "): release a new version, or delete the tag if it was made by mistake");
  }

  @Test
  void blocksOnALightweightRemoteTagElsewhereToo() {
    remote.tag("v1.0.0", first, false);
    String second = remote.commit("second");
    CheckResult r = run(remote.shallowClone(tmp.resolve("ci")), "v1.0.0");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("at " + s(first) + " (HEAD is " + s(second) + ")");
  }

  @Test
  void passesWithANoteWhenTheAnnotatedTagPointsAtHead() {
    remote.tag("v1.0.0", first, true);
    CheckResult r = run(remote.shallowClone(tmp.resolve("ci")), "v1.0.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 already points at HEAD "
                + s(first)
                + " (on remote 'origin'): a re-run of the same release");
    assertThat(r.details()).containsEntry("note", "re-run");
  }

  @Test
  void passesWithANoteWhenALocalLightweightTagPointsAtHead() {
    remote.seed().git("tag", "v1.0.0");
    CheckResult r = run(remote.seed(), "v1.0.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 already points at HEAD "
                + s(first)
                + " (locally): a re-run of the same release");
  }

  @Test
  void errorsWhenTheRemoteRepositoryIsMissing() {
    CheckResult r = runWithOrigin("file://" + tmp.resolve("gone.git"));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "cannot list the tags of remote 'origin' (file://" + tmp.resolve("gone.git") + "): ")
        .contains("not found");
  }

  @Test
  void anExistingReleaseTagIsTagAbsentsFindingAndVersionOrderNeedsIt() throws Exception {
    remote.seed().git("tag", "v1.0.0");
    remote.commit("second");
    List<Check> both = gitChecks(remote.seed().dir(), "git\\.(tag-absent|version-order)");
    CheckRun run = CheckRun.of(both.toArray(new Check[0]));
    assertThat(run.result("git.tag-absent").status()).isEqualTo(Status.FAIL);
    assertThat(run.result("git.tag-absent").message()).startsWith("tag v1.0.0 already exists");
    assertThat(run.result("git.version-order").status()).isEqualTo(Status.SKIP);
    assertThat(run.result("git.version-order").message())
        .isEqualTo("needs a release tag that does not exist yet: see git.tag-absent");
    assertThat(run.verdict()).isEqualTo(Verdict.BLOCKED);
    // Alone (--only git.version-order), version-order says it itself.
    List<Check> alone = gitChecks(remote.seed().dir(), "git\\.version-order");
    CheckResult r = CheckRun.of(alone.toArray(new Check[0])).result();
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith("v1.0.0 is equal in precedence to the existing release v1.0.0");
  }

  /** The git family's checks for release v1.0.0 in {@code dir} whose ids match {@code ids}. */
  static List<Check> gitChecks(Path dir, String ids) throws Exception {
    RunContext context =
        new RunContext(
            dir,
            Optional.of("v1.0.0"),
            Optional.empty(),
            Environment.of(Map.of()),
            Clock.systemUTC());
    Config config =
        Families.loader()
            .parse("git: {}\n", "t.yml", Optional.empty(), dir)
            .select(Optional.empty());
    return new GitFamily()
        .checks(config, context).stream().filter(c -> c.id().value().matches(ids)).toList();
  }

  @Test
  void aRemoteThatCannotBeListedIsOneErrorAndVersionOrderNeedsIt() throws Exception {
    GitRepo clone = remote.clone(tmp.resolve("ci"));
    clone.git("remote", "set-url", "origin", "file://" + tmp.resolve("gone.git"));
    RunContext context =
        new RunContext(
            clone.dir(),
            Optional.of("v1.0.0"),
            Optional.empty(),
            Environment.of(Map.of()),
            Clock.systemUTC());
    Config config =
        Families.loader()
            .parse("git: {}\n", "t.yml", Optional.empty(), clone.dir())
            .select(Optional.empty());
    List<Check> checks =
        new GitFamily()
            .checks(config, context).stream()
                .filter(c -> c.id().value().matches("git\\.(tag-absent|version-order)"))
                .toList();
    CheckRun run = CheckRun.of(checks.toArray(new Check[0]));
    assertThat(run.result("git.tag-absent").status()).isEqualTo(Status.ERROR);
    assertThat(run.result("git.tag-absent").message())
        .startsWith("cannot list the tags of remote 'origin'");
    assertThat(run.result("git.version-order").status()).isEqualTo(Status.SKIP);
    assertThat(run.result("git.version-order").message())
        .isEqualTo("needs the tag listing of remote 'origin': see git.tag-absent");
    assertThat(run.verdict()).isEqualTo(Verdict.CRITICAL);
  }

  @Test
  void errorsWhenTheRemoteHostRefusesTheConnection() {
    CheckResult r = runWithOrigin("http://127.0.0.1:9/owner/repo.git");
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "cannot list the tags of remote 'origin' (http://127.0.0.1:9/owner/repo.git): cannot"
                + " connect")
        .endsWith("check the remote url and the network");
  }

  @Test
  void anUnknownSshHostIsAnErrorNamingIt() {
    CheckResult r = runWithOrigin("git@example.invalid:owner/repo.git");
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo(
            "cannot list the tags of remote 'origin' (git@example.invalid:owner/repo.git): unknown"
                + " host example.invalid; check the remote url (and HostName in ~/.ssh/config) and"
                + " DNS");
  }

  @Test
  void readsLocalTagsOnlyWithoutARemoteAndSaysSo() {
    GitRepo solo = GitRepo.init(tmp.resolve("solo"), tmp.resolve("home"));
    solo.write("x", "x").commitAll("x");
    CheckResult r = run(solo, "v1.0.0");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 does not exist yet (local tags only: no remote 'origin' is configured)");
  }

  @Test
  void aRemoteThatIsNotThereIsAnErrorNotLocalTagsOnly() {
    GitRepo clone = remote.clone(tmp.resolve("ci"));
    remote.tag("v1.0.0", remote.seed().head(), true);
    LazyProbe<GitProbe> probe = GitProbes.lazy(clone.dir(), Environment.of(Map.of()));
    Optional<ReleaseVersion> v = Optional.of(new ReleaseVersion("v1.0.0", "--version"));
    CheckResult r = CheckRun.of(new TagAbsentCheck(SPEC, RULES, "orgin", v, probe)).result();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo(
            "there is no remote 'orgin' in this repository (remotes: origin); did you mean"
                + " 'origin'? Set git.remote to the remote that holds the release tags.");
  }

  @Test
  void errorsOnAShallowCloneWithoutRemote() {
    GitRepo clone = remote.shallowClone(tmp.resolve("ci"));
    clone.git("remote", "remove", "origin");
    CheckResult r = run(clone, "v1.0.0");
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo(
            "this shallow clone has no remote 'origin' to ask for tags, and its local tags may be"
                + " incomplete: set git.remote to a configured remote, or fetch the history, tags"
                + " and branches: git fetch --tags --unshallow origin"
                + " '+refs/heads/*:refs/remotes/origin/*' (without --unshallow on a full clone)");
  }

  @Test
  void publishesTheVersionAndCommit() {
    LazyProbe<GitProbe> probe = GitProbes.lazy(remote.seed().dir(), Environment.of(Map.of()));
    CheckRun run =
        CheckRun.of(
            new TagAbsentCheck(
                SPEC,
                RULES,
                "origin",
                Optional.of(new ReleaseVersion("v2.0.0", "GITHUB_REF")),
                probe));
    assertThat(run.facts())
        .containsEntry("release.version", "v2.0.0")
        .containsEntry("repository.commit", first);
  }
}
