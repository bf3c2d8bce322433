package dev.releasesentinel.checks.monitoring;

import dev.releasesentinel.redact.Unmasked;
import java.time.Duration;
import java.util.Objects;

/** What one GET came back with: an answer, or the reason none came. */
public sealed interface Reply {

  Duration latency();

  /** How many attempts were made; the reply is the last one's. */
  int attempts();

  /**
   * An HTTP answer. The body is outside text (it can echo a header, a query or a secret): it leaves
   * only through the run's redactor. {@code truncated} says it was longer than the request's limit
   * and only the limit was read.
   */
  record Answer(int status, Unmasked body, boolean truncated, Duration latency, int attempts)
      implements Reply {
    public Answer {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(latency, "latency");
    }

    /** The answer to a single attempt. */
    public Answer(int status, Unmasked body, boolean truncated, Duration latency) {
      this(status, body, truncated, latency, 1);
    }
  }

  /**
   * No answer: {@code detail} is the transport's own message (outside text too), and {@code
   * deadlineCut} says the request's time was cut short by the run's deadline.
   */
  record NoAnswer(
      Failure failure, Unmasked detail, boolean deadlineCut, Duration latency, int attempts)
      implements Reply {
    public NoAnswer {
      Objects.requireNonNull(failure, "failure");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(latency, "latency");
    }

    /** No answer to a single attempt. */
    public NoAnswer(Failure failure, Unmasked detail, boolean deadlineCut, Duration latency) {
      this(failure, detail, deadlineCut, latency, 1);
    }
  }

  /** Why no answer came, in the words the api family uses (docs/checks/api.md). */
  enum Failure {
    TIMEOUT("timeout"),
    CONNECTION_REFUSED("connection refused"),
    UNKNOWN_HOST("cannot resolve host"),
    TLS("TLS handshake failed"),
    CONNECTION_FAILED("connection failed"),
    /** The request could not be built: a header name or value HTTP does not allow. */
    INVALID_REQUEST("invalid request"),
    /** A redirect that is not followed: to another origin, or too many. */
    REDIRECT("redirect"),
    /**
     * Nothing could be sent: a proxy setting or the ca-file cannot be used; the detail says which.
     */
    NOT_SENT("cannot send"),
    CANCELLED("cancelled");

    private final String label;

    Failure(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
