package dev.releasesentinel.github;

/**
 * A GitHub API call that did not succeed: the HTTP status when there was one (0 for no answer at
 * all) and GitHub's own message.
 */
public final class GitHubApiException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;

  public GitHubApiException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  public GitHubApiException(int status, String message) {
    this(status, message, null);
  }

  public int status() {
    return status;
  }
}
