package dev.releasesentinel.checks.api;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.engine.Durations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges one attempt against an endpoint's {@code expect} (docs/checks/api.md): a pure function of
 * what the attempt collected. An expectation that cannot be evaluated fails; it never passes by
 * default.
 */
public final class Expectations implements Function<Attempt, Judgement> {

  /**
   * Jackson's databind (some 300 classes) loads only for an endpoint with a {@code json}
   * expectation: a holder class is initialised on first use.
   */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private final ApiConfig.Expect expect;

  public Expectations(ApiConfig.Expect expect) {
    this.expect = expect;
  }

  @Override
  public Judgement apply(Attempt a) {
    if (!a.answered()) {
      return transport(a);
    }
    int s = a.status();
    String label = Integer.toString(s);
    if (expect.status().stream().noneMatch(r -> r.contains(s))) {
      String reason = "expected " + expectedStatus();
      if (s >= 500 || s == 408 || s == 429) {
        return Judgement.retry(label, reason);
      }
      if (s >= 400) {
        return Judgement.stop(
            label,
            reason
                + "; not retried (a "
                + s
                + " does not heal on retry): check the url and headers");
      }
      return Judgement.retry(label, reason);
    }
    List<String> problems = new ArrayList<>();
    expect
        .maxLatency()
        .filter(max -> a.latency().compareTo(max) > 0)
        .ifPresent(
            max ->
                problems.add(
                    "took "
                        + Durations.format(a.latency())
                        + ", above max-latency "
                        + Durations.format(max)));
    expect.bodyContains().flatMap(text -> bodyContains(a, text)).ifPresent(problems::add);
    if (!expect.json().isEmpty()) {
      problems.addAll(json(a));
    }
    return problems.isEmpty()
        ? Judgement.pass(label)
        : Judgement.retry(label, String.join("; ", problems));
  }

  private static Judgement transport(Attempt a) {
    String reason = a.failureMessage();
    if (a.cutByDeadline()) {
      reason = reason + " (the run's deadline cut the attempt short)";
    }
    return a.failure().retried()
        ? Judgement.retry(a.failure().label(), reason)
        : Judgement.stop(a.failure().label(), reason);
  }

  private String expectedStatus() {
    return expect.status().stream().map(Object::toString).collect(Collectors.joining(" or "));
  }

  private static Optional<String> bodyContains(Attempt a, String text) {
    if (a.body().contains(text)) {
      return Optional.empty();
    }
    if (a.body().isEmpty()) {
      return Optional.of("the body is empty, expected it to contain '" + text + "'");
    }
    return Optional.of(
        "the body does not contain '"
            + text
            + "'"
            + (a.bodyTruncated() ? " in its first " + Attempt.BODY_LIMIT / 1024 + " KiB" : ""));
  }

  private List<String> json(Attempt a) {
    if (a.body().isBlank()) {
      return List.of("the body is empty, so the json expectation cannot be checked");
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(a.body());
    } catch (JsonProcessingException e) {
      return List.of(
          a.bodyTruncated()
              ? "the body is larger than "
                  + Attempt.BODY_LIMIT / 1024
                  + " KiB and only that much is read, so the json expectation cannot be checked"
              : "the body is not JSON (it starts with '" + excerpt(a.body(), 60) + "')");
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Object> e : expect.json().entrySet()) {
      compare(e.getKey(), root.at(JsonPointer.compile(e.getKey())), e.getValue())
          .ifPresent(problems::add);
    }
    return problems;
  }

  /** Numbers compare by value, strings and booleans exactly, null only with null. */
  static Optional<String> compare(String pointer, JsonNode actual, Object expected) {
    String where = pointer.isEmpty() ? "the JSON body" : pointer;
    if (actual.isMissingNode()) {
      return Optional.of(where + " is missing from the JSON body, expected " + show(expected));
    }
    boolean ok;
    if (expected == ApiConfig.JsonNull.INSTANCE) {
      ok = actual.isNull();
    } else if (expected instanceof Boolean b) {
      ok = actual.isBoolean() && actual.booleanValue() == b;
    } else if (expected instanceof Number n) {
      ok = actual.isNumber() && sameNumber(actual.decimalValue(), n);
    } else {
      ok = actual.isTextual() && actual.textValue().equals(String.valueOf(expected));
    }
    return ok
        ? Optional.empty()
        : Optional.of(where + " is " + show(actual) + ", expected " + show(expected));
  }

  private static boolean sameNumber(BigDecimal actual, Number expected) {
    if (expected instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return false;
    }
    return actual.compareTo(new BigDecimal(expected.toString())) == 0;
  }

  private static String show(JsonNode n) {
    if (n.isTextual()) {
      return "\"" + excerpt(n.textValue(), 60) + "\"";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    return n.asText();
  }

  private static String show(Object expected) {
    return expected instanceof String s ? "\"" + s + "\"" : String.valueOf(expected);
  }

  /** The start of {@code text} on one line, at most {@code max} characters. */
  static String excerpt(String text, int max) {
    String one = text.strip().replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max) + "...";
  }
}
