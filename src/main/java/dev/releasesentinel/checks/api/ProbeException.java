package dev.releasesentinel.checks.api;

/**
 * The request could not be made at all, so the endpoint was not checked; the message says what to
 * fix and never contains a header value.
 */
public final class ProbeException extends Exception {
  private static final long serialVersionUID = 1L;

  public ProbeException(String message) {
    super(message);
  }

  public ProbeException(String message, Throwable cause) {
    super(message, cause);
  }
}
