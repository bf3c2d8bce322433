package dev.releasesentinel.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a check must read from the outside world (a repository, the host, an upstream) cannot be
 * read, so the check cannot say PASS or FAIL: the runner reports it as ERROR with this message,
 * these details and this attempt count (fail closed). The message is written for the user as it is:
 * what could not be read, where, and how to fix it; outside text in it is already masked.
 */
public final class CannotObserve extends Exception {

  private static final long serialVersionUID = 1L;

  /** How a probe reads one thing; it may fail only as {@link CannotObserve}. */
  @FunctionalInterface
  public interface Reading<T> {
    T read() throws CannotObserve;
  }

  private final transient Map<String, Object> details;
  private final int attempts;

  public CannotObserve(String message) {
    this(message, null, Map.of(), 1);
  }

  public CannotObserve(String message, Throwable cause) {
    this(message, cause, Map.of(), 1);
  }

  private CannotObserve(
      String message, Throwable cause, Map<String, Object> details, int attempts) {
    super(message, cause);
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    this.attempts = attempts;
  }

  /** Runs {@code reading}; its failure is told as {@code what}, a colon, then its own message. */
  public static <T> T reading(String what, Reading<T> reading) throws CannotObserve {
    return reading(what, Map.of(), reading);
  }

  /** As {@link #reading(String, Reading)}, with details for the result of a failure. */
  public static <T> T reading(String what, Map<String, ?> details, Reading<T> reading)
      throws CannotObserve {
    try {
      return reading.read();
    } catch (CannotObserve e) {
      Map<String, Object> all = new LinkedHashMap<>(e.details);
      all.putAll(details);
      throw new CannotObserve(what + ": " + e.getMessage(), e, all, e.attempts);
    }
  }

  /** The same failure with one more detail for the result. */
  public CannotObserve withDetail(String key, Object value) {
    Map<String, Object> all = new LinkedHashMap<>(details);
    all.put(key, value);
    return new CannotObserve(getMessage(), getCause(), all, attempts);
  }

  /** The same failure, for a check that counts attempts and made {@code n} of them. */
  public CannotObserve withAttempts(int n) {
    return new CannotObserve(getMessage(), getCause(), details, n);
  }

  /** Details for the ERROR result, in the order they were given. */
  public Map<String, Object> details() {
    return details;
  }

  /** The attempt count of the ERROR result. */
  public int attempts() {
    return attempts;
  }
}
