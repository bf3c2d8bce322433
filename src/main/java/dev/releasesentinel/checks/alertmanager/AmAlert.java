package dev.releasesentinel.checks.alertmanager;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One alert of Alertmanager's {@code GET /api/v2/alerts} (its OpenAPI {@code gettableAlert}):
 * labels, annotations, {@code startsAt}, {@code generatorURL}, and {@code status}: {@code state}
 * ({@code active}, {@code suppressed}, {@code unprocessed}) with the silences and alerts that
 * suppress it.
 */
record AmAlert(
    Map<String, String> labels,
    Map<String, String> annotations,
    Optional<Instant> startsAt,
    Optional<String> generatorUrl,
    String state,
    List<String> silencedBy,
    List<String> inhibitedBy) {

  boolean silenced() {
    return !silencedBy.isEmpty();
  }

  boolean inhibited() {
    return !inhibitedBy.isEmpty();
  }

  /** Reads the answer's array; anything else is not an alerts answer. */
  static Optional<List<AmAlert>> read(JsonNode json) {
    if (!json.isArray()) {
      return Optional.empty();
    }
    List<AmAlert> out = new ArrayList<>();
    for (JsonNode a : json) {
      JsonNode status = a.path("status");
      String url = a.path("generatorURL").asText("");
      out.add(
          new AmAlert(
              strings(a.path("labels")),
              strings(a.path("annotations")),
              instant(a.path("startsAt").asText("")),
              url.isEmpty() ? Optional.empty() : Optional.of(url),
              status.path("state").asText(""),
              list(status.path("silencedBy")),
              list(status.path("inhibitedBy"))));
    }
    return Optional.of(out);
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> m = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = object.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      m.put(e.getKey(), e.getValue().asText());
    }
    return m;
  }

  private static List<String> list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Optional<Instant> instant(String text) {
    try {
      return text.isEmpty()
          ? Optional.empty()
          : Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
