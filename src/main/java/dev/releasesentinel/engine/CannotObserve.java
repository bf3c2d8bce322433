package dev.releasesentinel.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
  private final String shared;

  public CannotObserve(String message) {
    this(message, null, Map.of(), 1);
  }

  public CannotObserve(String message, Throwable cause) {
    this(message, cause, Map.of(), 1);
  }

  private CannotObserve(
      String message, Throwable cause, Map<String, Object> details, int attempts) {
    this(message, cause, details, attempts, null);
  }

  private CannotObserve(
      String message, Throwable cause, Map<String, Object> details, int attempts, String shared) {
    super(message, cause);
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    this.attempts = attempts;
    this.shared = shared;
  }

  /**
   * The same failure, said to be what every check of a run that reads {@code what} meets (a
   * repository that cannot be opened): the runner reports it once, on the most severe of those
   * checks, and the others SKIP with "needs WHAT: see ID" (docs/report-formats.md, "One cause, one
   * line"). The instance is the cause: checks that meet it must rethrow it (or wrap it with {@link
   * #reading}), as {@link LazyProbe} does.
   *
   * @param what what cannot be read, as it reads after "needs": {@code "a readable git repository"}
   */
  public CannotObserve sharedBy(String what) {
    return new CannotObserve(
        getMessage(), getCause(), details, attempts, Objects.requireNonNull(what, "what"));
  }

  /**
   * The shared failure this one is or wraps (see {@link #sharedBy}), if any: the identity of its
   * cause.
   */
  public Optional<CannotObserve> sharedCause() {
    for (Throwable t = this; t != null; t = t.getCause()) {
      if (t instanceof CannotObserve c && c.shared != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** What a shared failure cannot read, as it reads after "needs"; empty if not shared. */
  public Optional<String> sharedWhat() {
    return sharedCause().map(c -> c.shared);
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
    return new CannotObserve(getMessage(), getCause(), all, attempts, shared);
  }

  /** The same failure, for a check that counts attempts and made {@code n} of them. */
  public CannotObserve withAttempts(int n) {
    return new CannotObserve(getMessage(), getCause(), details, n, shared);
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
