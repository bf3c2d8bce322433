package dev.releasesentinel.checks.system;

/** The host probe could not read something; the message says what and why, ready for a report. */
public final class ProbeException extends Exception {

  public ProbeException(String message) {
    super(message);
  }

  public ProbeException(String message, Throwable cause) {
    super(message, cause);
  }
}
