package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.testing.FakeGitHub;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StickyCommentTest {

  private static final String MARKER = StickyComment.marker(Optional.of("prod"));
  private final FakeGitHub gh = new FakeGitHub();

  @Test
  void markersAreOnePerEnvironmentAndCannotCloseTheHtmlComment() {
    assertThat(StickyComment.marker(Optional.empty())).isEqualTo("<!-- release-sentinel -->");
    assertThat(MARKER).isEqualTo("<!-- release-sentinel:prod -->");
    assertThat(StickyComment.marker(Optional.of("a-->b")))
        .isEqualTo("<!-- release-sentinel:a--%3Eb -->");
  }

  @Test
  void createsTheCommentWhenBlockedAndUpdatesItOnTheNextRun() throws Exception {
    var first = StickyComment.upsert(gh, 7, MARKER, false, "BLOCKED one", "clear");
    var second = StickyComment.upsert(gh, 7, MARKER, false, "BLOCKED two", "clear");
    assertThat(first.action()).isEqualTo(StickyComment.Action.CREATED);
    assertThat(second.action()).isEqualTo(StickyComment.Action.UPDATED);
    assertThat(second.commentId()).isEqualTo(first.commentId());
    assertThat(gh.byMarker(MARKER))
        .singleElement()
        .extracting(c -> c.body())
        .isEqualTo(MARKER + "\nBLOCKED two");
  }

  @Test
  void aSafeRunWithoutAnEarlierCommentPostsNothing() throws Exception {
    var r = StickyComment.upsert(gh, 7, MARKER, true, "x", "clear");
    assertThat(r.action()).isEqualTo(StickyComment.Action.NONE);
    assertThat(gh.comments).isEmpty();
    assertThat(gh.calls).containsExactly("list 7");
  }

  @Test
  void aSafeRunTurnsAnEarlierCommentIntoAllClear() throws Exception {
    gh.comment("github-actions[bot]", MARKER + "\nBLOCKED");
    var r = StickyComment.upsert(gh, 7, MARKER, true, "x", "all clear now");
    assertThat(r.action()).isEqualTo(StickyComment.Action.ALL_CLEAR);
    assertThat(gh.comments.get(0).body()).isEqualTo(MARKER + "\nall clear now");
  }

  @Test
  void aMarkerPastedBySomeoneElseIsLeftAlone() throws Exception {
    gh.comment("mallory", MARKER + "\nlooks fine to me");
    var r = StickyComment.upsert(gh, 7, MARKER, false, "BLOCKED", "clear");
    assertThat(r.action()).isEqualTo(StickyComment.Action.CREATED);
    assertThat(gh.comments.get(0).body()).isEqualTo(MARKER + "\nlooks fine to me");
    assertThat(gh.comments).hasSize(2);
  }

  @Test
  void anotherEnvironmentsCommentIsNotThisOne() throws Exception {
    gh.comment("github-actions[bot]", "<!-- release-sentinel:staging -->\nBLOCKED");
    gh.comment("github-actions[bot]", "<!-- release-sentinel -->\nBLOCKED");
    StickyComment.upsert(gh, 7, MARKER, false, "prod BLOCKED", "clear");
    assertThat(gh.comments).hasSize(3);
    assertThat(gh.comments.get(0).body()).endsWith("\nBLOCKED");
  }

  @Test
  void aPersonalTokensUserOwnsItsComments() throws Exception {
    gh.user = Optional.of("release-bot-user");
    gh.comment("release-bot-user", MARKER + "\nold");
    var r = StickyComment.upsert(gh, 7, MARKER, false, "new", "clear");
    assertThat(r.action()).isEqualTo(StickyComment.Action.UPDATED);
    assertThat(gh.calls).doesNotContain("viewerLogin");
  }

  @Test
  void anotherAppsInstallationTokenIsKnownByItsViewerLogin() throws Exception {
    gh.viewer = Optional.of("acme-gate");
    gh.comment("acme-gate[bot]", MARKER + "\nold");
    var r = StickyComment.upsert(gh, 7, MARKER, false, "new", "clear");
    assertThat(r.action()).isEqualTo(StickyComment.Action.UPDATED);
  }

  @Test
  void aPersonNamedLikeTheAppIsNotTheApp() throws Exception {
    gh.viewer = Optional.of("acme-gate");
    gh.comment("acme-gate", MARKER + "\nplanted");
    var r = StickyComment.upsert(gh, 7, MARKER, false, "new", "clear");
    assertThat(r.action()).isEqualTo(StickyComment.Action.CREATED);
  }

  @Test
  void theBodyStaysWithinGithubsLimitWithTheMarkerFirst() {
    String body = StickyComment.body(MARKER, "y".repeat(100_000));
    assertThat(body.length()).isLessThanOrEqualTo(Limits.COMMENT_CHARS);
    assertThat(body).startsWith(MARKER + "\n").contains("**Truncated:**");
  }
}
