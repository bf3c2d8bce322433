package dev.releasesentinel.checks.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alerts of Prometheus's alerting rules, read from {@code /api/v1/rules?type=alert}: each with
 * its rule's expression and {@code for} (so that the firing start and the rule's link are known),
 * labels, annotations, state ({@code pending} or {@code firing}) and {@code activeAt}.
 */
record RuleAlerts(int rules, List<RuleAlert> alerts) {

  record RuleAlert(
      String rule,
      String expr,
      Duration hold,
      Map<String, String> labels,
      Map<String, String> annotations,
      String state,
      Optional<Instant> activeAt) {

    /** When it started firing: active at, plus the rule's {@code for}. */
    Optional<Instant> firingSince() {
      return activeAt.map(a -> a.plus(hold));
    }
  }

  RuleAlerts {
    alerts = List.copyOf(alerts);
  }

  /** Reads the {@code data} of a rules answer; rules that are not alerting rules are skipped. */
  static RuleAlerts read(JsonNode data) {
    int rules = 0;
    List<RuleAlert> out = new ArrayList<>();
    for (JsonNode group : data.path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        if (!rule.path("type").asText("alerting").equals("alerting")) {
          continue;
        }
        rules++;
        Duration hold = Duration.ofMillis(Math.round(rule.path("duration").asDouble(0) * 1000));
        for (JsonNode a : rule.path("alerts")) {
          out.add(
              new RuleAlert(
                  rule.path("name").asText(""),
                  rule.path("query").asText(""),
                  hold,
                  PrometheusAnswers.labels(a.path("labels")),
                  PrometheusAnswers.labels(a.path("annotations")),
                  a.path("state").asText(""),
                  instant(a.path("activeAt").asText(""))));
        }
      }
    }
    return new RuleAlerts(rules, out);
  }

  static Optional<Instant> instant(String text) {
    if (text.isEmpty() || text.startsWith("0001-01-01")) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
