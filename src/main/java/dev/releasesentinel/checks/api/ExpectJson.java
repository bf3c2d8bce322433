package dev.releasesentinel.checks.api;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.http.Attempt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code expect.json}: each JSON pointer holds the expected value. Numbers compare by value,
 * strings and booleans exactly, null only with null; a body that is not JSON fails every pointer at
 * once.
 */
final class ExpectJson implements Expectation {

  /**
   * Jackson's databind (some 300 classes) loads only for an endpoint with a {@code json}
   * expectation: a holder class is initialised on first use.
   */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private final Map<String, Object> pointers;

  ExpectJson(Map<String, Object> pointers) {
    this.pointers = pointers;
  }

  @Override
  public List<String> problems(Attempt a) {
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
              : "the body is not JSON (it starts with '"
                  + Expectations.excerpt(a.body(), 60)
                  + "')");
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Object> e : pointers.entrySet()) {
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
      return "\"" + Expectations.excerpt(n.textValue(), 60) + "\"";
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
}
