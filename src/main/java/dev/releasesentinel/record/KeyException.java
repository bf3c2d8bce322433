package dev.releasesentinel.record;

/**
 * A key that cannot be used, with what to do about it. Its message never holds key material: it is
 * written from what the key is (its label, its algorithm), never from its bytes or from a library's
 * message about them.
 */
public final class KeyException extends Exception {
  private static final long serialVersionUID = 1L;

  public KeyException(String message) {
    super(message, null, false, false);
  }
}
