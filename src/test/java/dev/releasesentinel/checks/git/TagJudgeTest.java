package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.ci.CiRun;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code git.tag-absent} and, in deploy mode, {@code git.tag-exists}, judged from literal tags. The
 * same situations against real repositories and remotes are in TagAbsentCheckIT.
 */
class TagJudgeTest {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.CRITICAL, Location.NONE);
  static final GitConfig.VersionRules RULES =
      new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true);
  static final String FIRST = "1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  static final String HEAD = "4444444ddddddddddddddddddddddddddddddddd";
  static final String ORIGIN = "https://git.example.com/acme/app.git";
  static final CiRun LOCAL = CiHost.run(Environment.of(Map.of()));

  static final TagAbsentCheck ABSENT =
      new TagAbsentCheck(SPEC, RULES, "origin", Optional.empty(), null);
  static final TagExistsCheck EXISTS =
      new TagExistsCheck(SPEC, RULES, "origin", Optional.empty(), null);

  static KnownTags tags(List<Tag> local, List<Tag> remote) {
    return new KnownTags(local, new RemoteTags("origin", ORIGIN, true, remote));
  }

  static KnownTags localOnly(List<Tag> local) {
    return new KnownTags(local, RemoteTags.notConfigured("origin"));
  }

  static Tag tag(String commit) {
    return new Tag("v1.0.0", commit, false);
  }

  @Test
  void passesWhenTheTagExistsNowhere() {
    CheckResult r = ABSENT.judge("v1.0.0", HEAD, tags(List.of(), List.of()), LOCAL);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 does not exist yet (local tags and remote 'origin' (" + ORIGIN + "))");
    assertThat(r.details()).containsEntry("tag", "v1.0.0").containsEntry("remote", "origin");
  }

  @Test
  void readsLocalTagsOnlyWithoutARemoteAndSaysSo() {
    CheckResult r = ABSENT.judge("v1.0.0", HEAD, localOnly(List.of()), LOCAL);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 does not exist yet (local tags only: no remote 'origin' is configured)");
    assertThat(r.details()).containsEntry("remote", "(none)");
  }

  @Test
  void blocksWhenALocalTagPointsElsewhere() {
    CheckResult r = ABSENT.judge("v1.0.0", HEAD, tags(List.of(tag(FIRST)), List.of()), LOCAL);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 already exists locally at 1111111 (HEAD is 4444444): release a new"
                + " version, or delete the tag if it was made by mistake");
    assertThat(r.details()).containsEntry("taggedCommit", FIRST);
  }

  @Test
  void blocksWhenTagExistsOnRemoteOnly() {
    CheckResult r = ABSENT.judge("v1.0.0", HEAD, tags(List.of(), List.of(tag(FIRST))), LOCAL);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 already exists on remote 'origin' at 1111111 (HEAD is 4444444): release a"
                + " new version, or delete the tag if it was made by mistake");
  }

  @Test
  void passesWithANoteWhenTheTagPointsAtHead() {
    CheckResult remote = ABSENT.judge("v1.0.0", HEAD, tags(List.of(), List.of(tag(HEAD))), LOCAL);
    assertThat(remote.status()).isEqualTo(Status.PASS);
    assertThat(remote.message())
        .isEqualTo(
            "tag v1.0.0 already points at HEAD 4444444 (on remote 'origin'): a re-run of the same"
                + " release");
    assertThat(remote.details()).containsEntry("note", "re-run");
    CheckResult local = ABSENT.judge("v1.0.0", HEAD, tags(List.of(tag(HEAD)), List.of()), LOCAL);
    assertThat(local.message())
        .isEqualTo(
            "tag v1.0.0 already points at HEAD 4444444 (locally): a re-run of the same release");
  }

  @Test
  void theTagThatTriggeredTheRunIsNoReRun() {
    CiRun tagPush = CiHost.run(Environment.of(Map.of("GITHUB_REF", "refs/tags/v1.0.0")));
    CheckResult r = ABSENT.judge("v1.0.0", HEAD, tags(List.of(), List.of(tag(HEAD))), tagPush);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 points at HEAD 4444444 (on remote 'origin'): the tag that triggered this"
                + " run (GITHUB_REF, GitHub Actions)");
    assertThat(r.details()).containsEntry("note", "triggering tag");
  }

  @Test
  void aTagHereAtHeadAndOnTheRemoteElsewhereBlocks() {
    CheckResult r =
        ABSENT.judge("v1.0.0", HEAD, tags(List.of(tag(HEAD)), List.of(tag(FIRST))), LOCAL);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).startsWith("tag v1.0.0 already exists on remote 'origin' at 1111111");
  }

  // ------------------------------------------------------------------- deploy: git.tag-exists

  @Test
  void deployingARecordedReleasePasses() {
    CheckResult r = EXISTS.judge("v1.0.0", HEAD, tags(List.of(tag(HEAD)), List.of(tag(HEAD))));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 points at HEAD 4444444 (on remote 'origin'): deploying an existing"
                + " release");
  }

  @Test
  void deployingWithoutAnyTagFailsSayingToReleaseFirst() {
    CheckResult r = EXISTS.judge("v1.0.0", HEAD, tags(List.of(), List.of()));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 does not exist (local tags and remote 'origin' ("
                + ORIGIN
                + ")): a deploy deploys an existing release; release it first (create and push"
                + " the tag), or drop --deploy (git.deploy) to gate a new release");
  }

  @Test
  void deployingAnotherCommitThanTheTagsFails() {
    CheckResult r = EXISTS.judge("v1.0.0", HEAD, tags(List.of(), List.of(tag(FIRST))));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 on remote 'origin' points at 1111111, not at HEAD 4444444: check out the"
                + " release (git checkout v1.0.0) before deploying it");
    assertThat(r.details()).containsEntry("taggedCommit", FIRST);
  }

  @Test
  void aTagOnlyMadeHereWasNeverReleased() {
    CheckResult r = EXISTS.judge("v1.0.0", HEAD, tags(List.of(tag(HEAD)), List.of()));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 exists only locally, not on remote 'origin' ("
                + ORIGIN
                + "): push it (git push origin v1.0.0) so that the release is recorded before it"
                + " is deployed");
  }

  @Test
  void withoutARemoteTheLocalTagIsTheRecord() {
    CheckResult r = EXISTS.judge("v1.0.0", HEAD, localOnly(List.of(tag(HEAD))));
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "tag v1.0.0 points at HEAD 4444444 (local tags only: no remote 'origin' is"
                + " configured): deploying an existing release");
  }
}
