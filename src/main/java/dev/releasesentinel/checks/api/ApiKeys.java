package dev.releasesentinel.checks.api;

import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.HttpKeys;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.SchemaNode;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.config.UnitTypes;
import dev.releasesentinel.config.ValueType;
import dev.releasesentinel.engine.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The keys of the {@code api} section (docs/config.md, "api"), declared once. */
final class ApiKeys {

  private ApiKeys() {}

  static final List<String> METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  static final Key<Severity> SEVERITY =
      Key.of(
              "severity",
              Types.SEVERITY,
              "The severity of the api checks that set none of their own.")
          .byDefault("block")
          .example("severity: critical");

  static Key<Duration> timeout(boolean defaults) {
    Key<Duration> k =
        Key.of("timeout", UnitTypes.DURATION, "How long one attempt may take.")
            .example("timeout: 2s");
    return defaults ? k.byDefault("5s") : k;
  }

  static Key<Integer> attempts(boolean defaults) {
    Key<Integer> k =
        Key.of(
                "attempts",
                Types.integer(1, 20),
                "How many times the request is sent before the check fails.")
            .example("attempts: 5");
    return defaults ? k.byDefault(3) : k;
  }

  static final Shape DEFAULTS_SHAPE =
      Shape.of(
          "Attempt settings for every endpoint that sets none of its own.",
          timeout(true),
          attempts(true),
          HttpKeys.backoff(true),
          HttpKeys.maxBackoff(true));

  static final Key<Fields> DEFAULTS =
      Key.of("defaults", CompositeTypes.map(DEFAULTS_SHAPE), DEFAULTS_SHAPE.description())
          .example("defaults: { timeout: 5s, attempts: 3, backoff: 500ms, max-backoff: 5s }");

  /** A status: a code from 100 to 599 or a class such as {@code 2xx}. */
  static final ValueType<Node> STATUS_ITEM =
      CompositeTypes.anyOf(
          Types.integer(100, 599),
          CompositeTypes.refined(
              Types.STRING,
              o ->
                  o.put("type", "string")
                      .put("pattern", "^\\s*(?:[1-5][xX][xX]|[1-5]\\d\\d)\\s*$")));

  static final Key<Node> STATUS =
      Key.of(
              "status",
              CompositeTypes.anyOf(
                  STATUS_ITEM,
                  CompositeTypes.refined(
                      CompositeTypes.list(STATUS_ITEM), o -> o.put("minItems", 1))),
              "The statuses that count as healthy: a code, a class (2xx), or a list of them.")
          .byDefault("2xx")
          .example("status: [200, 204]");

  static final Key<String> BODY_CONTAINS =
      Key.of("body-contains", Types.STRING, "Text the response body must contain.")
          .example("body-contains: UP");

  static final Shape JSON_SHAPE =
      Shape.names(
          "JSON Pointer (RFC 6901) to the value expected there: a string, number, boolean or"
              + " null.",
          "^(?:/(?:[^/~]|~[01])*)*$",
          CompositeTypes.refined(
              Types.STRING,
              o -> {
                o.clear();
                o.put("type", List.of("string", "number", "boolean", "null"));
                return o;
              }));

  static final Key<Fields> JSON =
      Key.of("json", CompositeTypes.map(JSON_SHAPE), JSON_SHAPE.description())
          .example("json: { /status: UP, /checks/0/ok: true }");

  static final Key<Duration> MAX_LATENCY =
      Key.of("max-latency", UnitTypes.DURATION, "A slower answer fails the attempt.")
          .example("max-latency: 800ms");

  static final Shape EXPECT_SHAPE =
      Shape.of(
          "What a healthy answer looks like; parts left out are not checked.",
          STATUS,
          BODY_CONTAINS,
          JSON,
          MAX_LATENCY);

  static final Key<String> NAME =
      Key.of(
              "name",
              CompositeTypes.CHECK_NAME,
              "The endpoint's name: letters, digits, '.', '_' and '-'; the check id is api:NAME.")
          .required()
          .notNull()
          .example("name: payments");

  static final Key<String> URL =
      Key.of(
              "url",
              CompositeTypes.refined(
                  Types.TEMPLATE,
                  o -> {
                    o.put("type", "string");
                    o.array("anyOf")
                        .add(new SchemaNode().put("pattern", "^https?://"))
                        .add(new SchemaNode().put("pattern", "\\$\\{"));
                    return o;
                  }),
              "The http:// or https:// URL to request; ${VAR} and ${VAR:-default} are replaced,"
                  + " percent-encoded for where they land. A secret must not be in the host or"
                  + " port.")
          .required()
          .notNull()
          .example("url: \"https://payments.internal/health?region=${REGION:-eu}\"");

  static final Key<String> METHOD =
      Key.of("method", Types.oneOfAnyCase(METHODS, "HTTP method"), "The HTTP method.")
          .byDefault("GET")
          .example("method: POST");

  static final Shape HEADERS_SHAPE =
      Shape.names(
          "Request headers; values may hold ${VAR}, and such values are masked in every output.",
          null,
          Types.TEMPLATE);

  static final Key<Fields> HEADERS =
      Key.of("headers", CompositeTypes.map(HEADERS_SHAPE), HEADERS_SHAPE.description())
          .example("headers: { Authorization: \"Bearer ${PAYMENTS_TOKEN}\" }");

  static final Key<String> BODY =
      Key.of("body", Types.TEMPLATE, "The request body (not with GET or HEAD); may hold ${VAR}.")
          .example("body: '{\"ping\": true}'");

  static final Key<Fields> EXPECT =
      Key.of("expect", CompositeTypes.map(EXPECT_SHAPE), EXPECT_SHAPE.description())
          .byDefault(Map.of("status", "2xx"))
          .example("expect:\n  status: 200\n  json: { /status: UP }");

  static final Key<Severity> ENDPOINT_SEVERITY =
      Key.of("severity", Types.SEVERITY, "The severity of this endpoint's check.")
          .example("severity: critical");

  static final Shape ENDPOINT =
      Shape.of(
          "One upstream endpoint and what it must answer.",
          NAME,
          URL,
          METHOD,
          HEADERS,
          BODY,
          HttpKeys.CA_FILE,
          timeout(false),
          attempts(false),
          HttpKeys.backoff(false),
          HttpKeys.maxBackoff(false),
          EXPECT,
          ENDPOINT_SEVERITY);

  static final Key<List<Fields>> ENDPOINTS =
      Key.of(
              "endpoints",
              CompositeTypes.list(CompositeTypes.map(ENDPOINT)),
              "api:NAME per entry: an upstream the release depends on, and what it must answer.")
          .required()
          .example("endpoints:\n  - name: payments\n    url: https://payments.internal/health");

  static final Shape SHAPE =
      Shape.of(
          "The api family: upstream dependencies (docs/checks/api.md).",
          SEVERITY,
          DEFAULTS,
          ENDPOINTS);
}
