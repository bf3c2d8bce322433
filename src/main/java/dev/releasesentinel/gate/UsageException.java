package dev.releasesentinel.gate;

/** A problem with how the gate was invoked; exit 2 with the message, nothing run. */
public final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
