package dev.releasesentinel.github;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The GitHub REST API as the action needs it, for one repository: PR comments, check runs and who
 * the token is. Every call either succeeds or throws {@link GitHubApiException} promptly; none
 * waits out a rate limit. Text handed in here is already redacted and within GitHub's limits.
 */
public interface GitHubGateway {

  /** An issue comment: its id, its author's login as listed, and its body. */
  record Comment(long id, String author, String body) {}

  /** The final conclusions the gate uses (docs/github-action.md). */
  enum Conclusion {
    SUCCESS,
    FAILURE,
    ACTION_REQUIRED
  }

  /** Annotation levels of the checks API. */
  enum AnnotationLevel {
    FAILURE,
    WARNING,
    NOTICE
  }

  /** One check-run annotation; lines are 1-based. */
  record CheckAnnotation(
      String path,
      int startLine,
      int endLine,
      AnnotationLevel level,
      String title,
      String message) {}

  /** A check run's {@code output}; at most 50 annotations per request. */
  record CheckOutput(
      String title, String summary, Optional<String> text, List<CheckAnnotation> annotations) {
    public CheckOutput {
      annotations = List.copyOf(annotations);
    }

    public CheckOutput withAnnotations(List<CheckAnnotation> a) {
      return new CheckOutput(title, summary, text, a);
    }
  }

  /** A completed check run to create. */
  record NewCheckRun(
      String name,
      String headSha,
      Conclusion conclusion,
      Optional<String> detailsUrl,
      Optional<Instant> startedAt,
      Optional<Instant> completedAt,
      CheckOutput output) {}

  /**
   * The login of the user the token belongs to ({@code GET /user}); empty when the token may not
   * ask, as for the job token and other installation tokens (401, 403, 404).
   */
  Optional<String> userLogin() throws GitHubApiException;

  /**
   * The login GraphQL's {@code viewer} gives the token (installation tokens may ask); empty when
   * GitHub does not say (401, 403, 404, or no login in the answer).
   */
  Optional<String> viewerLogin() throws GitHubApiException;

  /** Every comment on the pull request, across every page, oldest first. */
  List<Comment> listComments(int pullRequest) throws GitHubApiException;

  Comment createComment(int pullRequest, String body) throws GitHubApiException;

  /** Replaces the body of a comment returned by {@link #listComments}. */
  void updateComment(long commentId, String body) throws GitHubApiException;

  /** {@code POST .../check-runs}; returns the new run's id. */
  long createCheckRun(NewCheckRun run) throws GitHubApiException;

  /** {@code PATCH .../check-runs/{id}}: GitHub appends the annotations to those it has. */
  void updateCheckRun(long checkRunId, CheckOutput output) throws GitHubApiException;

  /** Makes a gateway for a repository ({@code owner/name}) with a token. */
  @FunctionalInterface
  interface Factory {
    GitHubGateway open(ActionContext context, String repository, String token)
        throws GitHubApiException;
  }
}
