package dev.releasesentinel.checks.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.releasesentinel.checks.monitoring.Outcome;
import dev.releasesentinel.checks.monitoring.Replies;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the envelope of Prometheus's HTTP API ({@code status}, {@code data}, {@code errorType},
 * {@code error}, {@code warnings}, {@code infos}:
 * https://prometheus.io/docs/prometheus/latest/querying/api/) and the results of queries in it. The
 * API's own error text is what the check reports.
 */
final class PrometheusAnswers {

  private PrometheusAnswers() {}

  /** {@code data} of a successful answer, with the warnings and infos that came along. */
  record Success(JsonNode data, List<String> warnings) {}

  /** The data, or the ERROR saying why there is none. */
  record Read(Optional<Success> success, Optional<Outcome> problem) {
    static Read of(Success s) {
      return new Read(Optional.of(s), Optional.empty());
    }

    static Read of(Outcome o) {
      return new Read(Optional.empty(), Optional.of(o));
    }
  }

  static Read envelope(Replies.Masked a, String what) {
    JsonNode json = a.json().orElse(null);
    if (json == null || !json.isObject() || !json.path("status").isTextual()) {
      return Read.of(Replies.unexpected(a, what, "a Prometheus API answer (JSON with a status)"));
    }
    if (json.path("status").asText().equals("error") || !a.ok()) {
      String type = json.path("errorType").asText("");
      String error = json.path("error").asText("");
      String said = (type.isEmpty() ? "" : type + ": ") + Replies.excerpt(error);
      return Read.of(
          Outcome.error(
                  "Prometheus answered " + a.status() + " to " + what + ": " + said + hint(a, type))
              .with("status", a.status())
              .with("errorType", type));
    }
    if (!json.path("status").asText().equals("success") || !json.has("data")) {
      return Read.of(Replies.unexpected(a, what, "a Prometheus API answer (status success)"));
    }
    List<String> notes = new ArrayList<>();
    for (String field : List.of("warnings", "infos")) {
      for (JsonNode w : json.path(field)) {
        notes.add(Replies.excerpt(w.asText("")));
      }
    }
    return Read.of(new Success(json.get("data"), notes));
  }

  private static String hint(Replies.Masked a, String type) {
    if (type.equals("bad_data")) {
      return " (fix the query or its parameters)";
    }
    if (type.equals("timeout") || type.equals("canceled")) {
      return " (the query took too long on the server: lighten it, or shorten its window)";
    }
    if (type.equals("execution")) {
      return " (the query could not be executed: see the text above)";
    }
    return "";
  }

  /** A result the gate cannot judge; the message says what came back and what to do. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The result in a query answer's data; an unknown shape or a native-histogram sample is
   * unreadable.
   */
  static QueryResult result(JsonNode data, String name) throws Unreadable {
    String type = data.path("resultType").asText("");
    JsonNode result = data.path("result");
    try {
      return switch (type) {
        case "vector" -> vector(result);
        case "matrix" -> matrix(result);
        case "scalar" -> new QueryResult.Scalar(Numbers.parse(result.get(1).asText()));
        case "string" -> new QueryResult.Text(result.get(1).asText());
        default ->
            throw new Unreadable(
                "Prometheus answered an unknown result type '"
                    + Replies.excerpt(type)
                    + "' ("
                    + name
                    + ")");
      };
    } catch (Histogram h) {
      throw new Unreadable(
          "the query returns native histograms ("
              + name
              + "): judge a number instead, e.g. histogram_quantile(0.99, ...) or"
              + " histogram_count(...)");
    } catch (RuntimeException e) {
      throw new Unreadable(
          "Prometheus answered a " + type + " result the gate cannot read (" + name + ")");
    }
  }

  private static QueryResult.Vector vector(JsonNode result) {
    List<QueryResult.Sample> out = new ArrayList<>();
    for (JsonNode s : result) {
      if (s.has("histogram")) {
        throw new Histogram();
      }
      out.add(
          new QueryResult.Sample(
              labels(s.path("metric")), Numbers.parse(s.get("value").get(1).asText())));
    }
    return new QueryResult.Vector(out);
  }

  private static QueryResult.Matrix matrix(JsonNode result) {
    List<QueryResult.Series> out = new ArrayList<>();
    for (JsonNode s : result) {
      if (s.has("histograms")) {
        throw new Histogram();
      }
      List<QueryResult.Point> points = new ArrayList<>();
      for (JsonNode p : s.path("values")) {
        long ms = Math.round(p.get(0).asDouble() * 1000);
        points.add(new QueryResult.Point(ms, Numbers.parse(p.get(1).asText())));
      }
      out.add(new QueryResult.Series(labels(s.path("metric")), points));
    }
    return new QueryResult.Matrix(out);
  }

  static Map<String, String> labels(JsonNode metric) {
    Map<String, String> labels = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = metric.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      labels.put(e.getKey(), e.getValue().asText());
    }
    return labels;
  }

  /** A native-histogram sample where a number was expected. */
  private static final class Histogram extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Histogram() {
      super(null, null, false, false);
    }
  }
}
