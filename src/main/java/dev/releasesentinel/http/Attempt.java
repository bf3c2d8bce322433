package dev.releasesentinel.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one attempt observed, collected inside the call so that the HTTP response is already closed:
 * the status (0 when no response arrived), the latency, a prefix of the body, the few response
 * headers that judging needs, or the transport failure that ended it.
 *
 * @param cutByDeadline the attempt timed out because the run's deadline shortened its timeout
 */
public record Attempt(
    int status,
    Duration latency,
    String body,
    boolean bodyTruncated,
    Optional<String> retryAfter,
    Failure failure,
    String failureMessage,
    boolean cutByDeadline) {

  /** How much of a body is read: enough for any health answer, bounded for a runaway one. */
  public static final int BODY_LIMIT = 64 * 1024;

  public Attempt {
    Objects.requireNonNull(latency, "latency");
    body = body == null ? "" : body;
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(failure, "failure");
    failureMessage = failureMessage == null ? "" : failureMessage;
  }

  /** An answer with a status and a body. */
  public static Attempt answered(
      int status, Duration latency, String body, boolean truncated, Optional<String> retryAfter) {
    return new Attempt(status, latency, body, truncated, retryAfter, Failure.NONE, "", false);
  }

  /** No usable answer: the connection, TLS or a redirect failed. */
  public static Attempt failed(Failure failure, String message, Duration latency) {
    return new Attempt(0, latency, "", false, Optional.empty(), failure, message, false);
  }

  public boolean answered() {
    return failure == Failure.NONE;
  }

  public Attempt withCutByDeadline() {
    return new Attempt(
        status, latency, body, bodyTruncated, retryAfter, failure, failureMessage, true);
  }

  /** Why an attempt got no usable answer, and whether trying again can help. */
  public enum Failure {
    NONE("", false),
    DNS("cannot resolve host", true),
    REFUSED("connection refused", true),
    RESET("connection reset", true),
    CLOSED("connection closed", true),
    TIMEOUT("timeout", true),
    CONNECT("cannot connect", true),
    IO("I/O error", true),
    TLS_UNTRUSTED("untrusted certificate", false),
    TLS_EXPIRED("expired certificate", false),
    TLS_NOT_YET_VALID("certificate not yet valid", false),
    TLS_HOSTNAME("certificate hostname mismatch", false),
    TLS_OTHER("TLS handshake failed", true),
    REDIRECT("redirect", false),
    CANCELLED("cancelled", false);

    private final String label;
    private final boolean retried;

    Failure(String label, boolean retried) {
      this.label = label;
      this.retried = retried;
    }

    /** A few words for messages: "connection refused". */
    public String label() {
      return label;
    }

    /** Whether another attempt can help (docs/checks/api.md). */
    public boolean retried() {
      return retried;
    }
  }
}
