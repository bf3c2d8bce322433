package dev.releasesentinel.checks.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.redact.Redactor;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a {@link Reply} the way both families need it: the body masked by the run's redactor before
 * anything else happens to it (parsed, cut, quoted), then parsed as JSON; or the message that says
 * why there is nothing to judge (docs/checks/prometheus.md, "Errors").
 */
public final class Replies {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The length of a body excerpt in a message. */
  static final int EXCERPT = 200;

  private Replies() {}

  /**
   * An answer whose body is masked: {@code json} is present when the whole body is one JSON value,
   * and {@code excerpt} is its start, on one line, for messages.
   */
  public record Masked(int status, Optional<JsonNode> json, String excerpt, Duration latency) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /**
   * The answer, masked and parsed; or, as an {@link Outcome} ERROR, why there is none: no answer,
   * an answer too large to read whole.
   *
   * @param what the request in messages, e.g. {@code GET https://prom/api/v1/query}
   */
  public static Result read(Reply reply, String what, Redactor redactor, int maxBodyBytes) {
    if (reply instanceof Reply.NoAnswer n) {
      return new Result(Optional.empty(), Optional.of(noAnswer(n, what, redactor)));
    }
    Reply.Answer a = (Reply.Answer) reply;
    if (a.truncated()) {
      return new Result(
          Optional.empty(),
          Optional.of(
              Outcome.error(
                  a.status()
                      + " from "
                      + what
                      + " with an answer larger than "
                      + (maxBodyBytes >> 20)
                      + " MiB, not read whole: narrow the query (aggregate it with sum by (...)"
                      + " or topk)")));
    }
    String body = redactor.mask(a.body());
    Optional<JsonNode> json;
    try {
      json = body.isBlank() ? Optional.empty() : Optional.of(JSON.readTree(body));
    } catch (JsonProcessingException e) {
      json = Optional.empty();
    }
    return new Result(
        Optional.of(new Masked(a.status(), json, excerpt(body), a.latency())), Optional.empty());
  }

  /**
   * The request in messages: {@code GET https://prom/api/v1/query}, with the number of attempts
   * when there was more than one ({@code ... after 3 attempts}).
   */
  public static String what(Request request, Reply reply) {
    return "GET "
        + request.shown()
        + (reply.attempts() > 1 ? " after " + reply.attempts() + " attempts" : "");
  }

  /** Either a masked answer or the ERROR that stands for it. */
  public record Result(Optional<Masked> answer, Optional<Outcome> problem) {}

  /** The message for an answer that is not what the API returns: a status and what came. */
  public static Outcome unexpected(Masked a, String what, String expected) {
    String start = a.excerpt().isEmpty() ? "an empty body" : "\"" + a.excerpt() + "\"";
    String hint =
        switch (a.status()) {
          case 401 ->
              ": the server wants credentials: give basic-auth, or an Authorization header"
                  + " (headers.Authorization: \"Bearer ${TOKEN}\")";
          case 403 -> ": the credentials were refused for this: check the token and its scopes";
          case 404 ->
              ": nothing there; check the url (a server behind a path prefix needs it in the url,"
                  + " e.g. https://mimir.internal/prometheus)";
          default -> "";
        };
    if (a.ok()) {
      return Outcome.error(
          a.status() + " from " + what + " with " + start + ", not " + expected + hint);
    }
    return Outcome.error(a.status() + " from " + what + hint + " (answer: " + start + ")");
  }

  private static Outcome noAnswer(Reply.NoAnswer n, String what, Redactor redactor) {
    String detail = fold(redactor.mask(n.detail()));
    String fix =
        switch (n.failure()) {
          case CONNECTION_REFUSED ->
              ": nothing listens there; is the server up and the port right?";
          case UNKNOWN_HOST -> ": check the url's host name and this machine's DNS";
          case INVALID_REQUEST ->
              ": a header name or value is not allowed in HTTP (a line break in a variable?)";
          case TIMEOUT ->
              n.deadlineCut()
                  ? " (the run's deadline cut the request short): raise --timeout, or lower the"
                      + " config's timeout"
                  : ": the server is slow or the query heavy; raise the config's timeout or"
                      + " lighten the query";
          default -> "";
        };
    String message =
        n.failure().label()
            + " from "
            + what
            + (detail.isBlank() ? "" : " (" + cut(detail, EXCERPT) + ")")
            + fix;
    return Outcome.error(message)
        .with("error", n.failure().label())
        .with("latencyMs", n.latency().toMillis())
        .with("after", Durations.format(n.latency()));
  }

  /** Masked text on one line (whitespace runs folded, controls shown as spaces), cut. */
  public static String excerpt(String masked) {
    return cut(fold(masked), EXCERPT);
  }

  static String fold(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), 4 * EXCERPT));
    boolean space = false;
    for (int i = 0; i < s.length() && b.length() <= 2 * EXCERPT; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }
}
