package dev.releasesentinel.cli;

/** A problem with how the gate was invoked; exit 2 with the message, nothing run. */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
