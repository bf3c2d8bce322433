package dev.releasesentinel.github;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one PR comment per environment (docs/github-action.md): found again by a hidden marker on its
 * first line, across every page of comments, and only among comments written by the token's own
 * identity (anyone can paste a marker into their own comment); created only when the run is not
 * SAFE, updated in place on later runs, and turned into an "all clear" when a later run is SAFE.
 */
public final class StickyComment {

  /**
   * The author of comments made with the job token (docs/action-runner.md, "Pull request
   * comments").
   */
  public static final String JOB_TOKEN_LOGIN = "github-actions[bot]";

  private static final String BOT_SUFFIX = "[bot]";

  /** What happened to the comment. */
  public enum Action {
    CREATED,
    UPDATED,
    ALL_CLEAR,
    NONE
  }

  /** The action and the comment's id (0 when there is none). */
  public record Result(Action action, long commentId) {}

  private StickyComment() {}

  /**
   * {@code <!-- release-sentinel -->}, or {@code <!-- release-sentinel:prod -->} for an
   * environment; the name is URL-encoded so that it can never close the HTML comment.
   */
  public static String marker(Optional<String> environment) {
    return environment
        .map(e -> "<!-- release-sentinel:" + URLEncoder.encode(e, StandardCharsets.UTF_8) + " -->")
        .orElse("<!-- release-sentinel -->");
  }

  /**
   * Creates, updates or leaves the comment. {@code report} is the body for a run that is not safe,
   * {@code allClear} the body that replaces an earlier one when the run is safe; both without the
   * marker, redacted.
   */
  public static Result upsert(
      GitHubGateway gateway,
      int pullRequest,
      String marker,
      boolean safe,
      String report,
      String allClear)
      throws GitHubApiException {
    List<GitHubGateway.Comment> comments = gateway.listComments(pullRequest);
    List<GitHubGateway.Comment> marked =
        comments.stream().filter(c -> firstLine(c.body()).equals(marker)).toList();
    Optional<GitHubGateway.Comment> ours = Optional.empty();
    if (!marked.isEmpty()) {
      // Only now is it worth asking who we are: nothing carries the marker otherwise.
      Set<String> trusted = trustedAuthors(gateway);
      ours = marked.stream().filter(c -> trusted.contains(c.author())).findFirst();
    }
    if (ours.isPresent()) {
      long id = ours.get().id();
      gateway.updateComment(id, body(marker, safe ? allClear : report));
      return new Result(safe ? Action.ALL_CLEAR : Action.UPDATED, id);
    }
    if (safe) {
      return new Result(Action.NONE, 0);
    }
    GitHubGateway.Comment created = gateway.createComment(pullRequest, body(marker, report));
    return new Result(Action.CREATED, created.id());
  }

  /**
   * The logins whose comments count as ours: the job token's bot always (only a workflow of this
   * repository can write as it); the token's user when {@code GET /user} answers (a personal
   * token); otherwise the bot that GraphQL's viewer names (another GitHub App's installation
   * token), normalised to the REST form {@code name[bot]}. A person's login cannot contain
   * brackets, so a {@code [bot]} login cannot be a person's.
   */
  static Set<String> trustedAuthors(GitHubGateway gateway) throws GitHubApiException {
    Set<String> trusted = new LinkedHashSet<>();
    trusted.add(JOB_TOKEN_LOGIN);
    Optional<String> user = gateway.userLogin();
    if (user.isPresent()) {
      trusted.add(user.get());
      return trusted;
    }
    gateway
        .viewerLogin()
        .map(l -> l.endsWith(BOT_SUFFIX) ? l : l + BOT_SUFFIX)
        .ifPresent(trusted::add);
    return trusted;
  }

  /** The marker line, then the content, within GitHub's comment size limit. */
  static String body(String marker, String content) {
    String head = marker + "\n";
    String note =
        "\n\n> **Truncated:** a PR comment holds at most "
            + Limits.COMMENT_CHARS
            + " characters; the job summary and the report file have everything.\n";
    return head + Limits.fitChars(content, Limits.COMMENT_CHARS - head.length(), note);
  }

  private static String firstLine(String body) {
    if (body == null) {
      return "";
    }
    int nl = body.indexOf('\n');
    String line = nl < 0 ? body : body.substring(0, nl);
    return line.strip();
  }
}
