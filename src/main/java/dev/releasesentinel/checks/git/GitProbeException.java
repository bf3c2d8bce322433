package dev.releasesentinel.checks.git;

/**
 * The repository cannot be read as a check needs it. The message is meant for the user as it is: it
 * says what failed, where, and how to fix it.
 */
public final class GitProbeException extends Exception {

  private static final long serialVersionUID = 1L;

  public GitProbeException(String message) {
    super(message);
  }

  public GitProbeException(String message, Throwable cause) {
    super(message, cause);
  }
}
