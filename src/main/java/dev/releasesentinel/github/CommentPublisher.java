package dev.releasesentinel.github;

import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Verdict;
import java.util.Optional;

/**
 * The sticky comment on the pull request (input pr-comment): one per environment, updated in place,
 * marked all clear once a later run is SAFE.
 */
final class CommentPublisher implements Publisher {

  @Override
  public void publish(RunReport report, Publication p) {
    ActionContext context = p.context();
    boolean wanted =
        switch (p.inputs().prComment()) {
          case AUTO -> context.pullRequestEvent();
          case ALWAYS -> true;
          case NEVER -> false;
        };
    if (!wanted) {
      return;
    }
    if (context.pullRequest().isEmpty()) {
      p.log()
          .text(
              "release-sentinel: note: this "
                  + (context.eventName().isEmpty() ? "run" : context.eventName() + " event")
                  + " names no pull request, so there is no PR comment");
      return;
    }
    int pr = context.pullRequest().getAsInt();
    String what = "comment on pull request #" + pr;
    Optional<GitHubGateway> gw = p.gateway(what);
    if (gw.isEmpty()) {
      return;
    }
    try {
      StickyComment.Result r =
          StickyComment.upsert(
              gw.get(),
              pr,
              StickyComment.marker(p.inputs().environment()),
              report.verdict() == Verdict.SAFE,
              p.markdown(),
              allClearBody(context, p.markdown()));
      switch (r.action()) {
        case CREATED -> p.log().text("release-sentinel: commented on pull request #" + pr);
        case UPDATED ->
            p.log().text("release-sentinel: updated the comment on pull request #" + pr);
        case ALL_CLEAR ->
            p.log()
                .text("release-sentinel: marked the comment on pull request #" + pr + " all clear");
        case NONE -> {}
      }
    } catch (GitHubApiException e) {
      p.apiWarning(what, e);
    }
  }

  /**
   * The SAFE report under its headline, with a sentence saying that what this comment reported
   * earlier is resolved, as of which commit.
   */
  static String allClearBody(ActionContext context, String markdown) {
    String commit =
        context
            .checkRunSha()
            .map(
                s -> {
                  String code = "`" + Publication.shortSha(s) + "`";
                  return " as of commit "
                      + context
                          .repositoryUrl()
                          .map(u -> "[" + code + "](" + u + "/commit/" + s + ")")
                          .orElse(code);
                })
            .orElse("");
    String sentence =
        "**All clear:** the problems this comment reported earlier are resolved" + commit + ".";
    int end = markdown.indexOf("\n\n");
    return end < 0
        ? markdown + "\n" + sentence + "\n"
        : markdown.substring(0, end) + "\n\n" + sentence + markdown.substring(end);
  }
}
