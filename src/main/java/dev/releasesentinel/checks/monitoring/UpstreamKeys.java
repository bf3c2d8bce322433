package dev.releasesentinel.checks.monitoring;

import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.HttpKeys;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.SchemaNode;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.config.UnitTypes;
import dev.releasesentinel.engine.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys that say where a monitoring server is and how to ask it, the same in the {@code
 * prometheus} and {@code alertmanager} sections (docs/checks/prometheus.md, "Configuration").
 */
public final class UpstreamKeys {

  private UpstreamKeys() {}

  /** {@code url}; {@code example} is a server of the family. */
  static Key<String> url(String example) {
    return Key.of(
            "url",
            CompositeTypes.refined(
                Types.TEMPLATE,
                o -> {
                  o.put("type", "string");
                  o.array("anyOf")
                      .add(new SchemaNode().put("pattern", "^https?://[^?#]*$"))
                      .add(new SchemaNode().put("pattern", "\\$\\{"));
                  return o;
                }),
            "The server's base URL, http:// or https://, with its path prefix if it has one (Mimir's"
                + " /prometheus); no query. ${VAR} is replaced; a secret must not be in the host or"
                + " port.")
        .required()
        .notNull()
        .example("url: " + example);
  }

  static final Shape HEADERS_SHAPE =
      Shape.names(
          "Request headers; values may hold ${VAR}, and such values are masked in every output.",
          null,
          Types.TEMPLATE);

  static final Key<Fields> HEADERS =
      Key.of("headers", CompositeTypes.map(HEADERS_SHAPE), HEADERS_SHAPE.description())
          .example("headers: { Authorization: \"Bearer ${PROM_TOKEN}\" }");

  static final Key<String> USERNAME =
      Key.of("username", Types.TEMPLATE, "The user name; may hold ${VAR}.")
          .required()
          .notNull()
          .example("username: gate");

  static final Key<String> PASSWORD =
      Key.of(
              "password",
              Types.TEMPLATE,
              "The password: write ${VAR} and set the variable; its value is masked everywhere.")
          .required()
          .notNull()
          .example("password: \"${PROM_PASSWORD}\"");

  static final Shape BASIC_AUTH_SHAPE =
      Shape.of(
          "HTTP basic authentication, sent as an Authorization: Basic header.", USERNAME, PASSWORD);

  static final Key<Fields> BASIC_AUTH =
      Key.of("basic-auth", CompositeTypes.map(BASIC_AUTH_SHAPE), BASIC_AUTH_SHAPE.description())
          .example("basic-auth: { username: gate, password: \"${PROM_PASSWORD}\" }");

  static final Key<Duration> TIMEOUT =
      Key.of("timeout", UnitTypes.DURATION, "How long one attempt may take.")
          .byDefault("10s")
          .example("timeout: 5s");

  static final Key<String> CA_FILE = HttpKeys.CA_FILE;

  static final Key<Integer> ATTEMPTS =
      Key.of(
              "attempts",
              Types.integer(1, 20),
              "How many times a request is sent when the server does not answer, or answers 408,"
                  + " 429 or 5xx.")
          .byDefault(3)
          .example("attempts: 2");

  static final Key<Duration> BACKOFF = HttpKeys.backoff(true);

  static final Key<Duration> MAX_BACKOFF = HttpKeys.maxBackoff(true);

  /** {@code severity} of the section: the default of its entries. */
  static Key<Severity> severity(String family) {
    return Key.of(
            "severity",
            Types.SEVERITY,
            "The severity of the " + family + " checks that set none of their own.")
        .byDefault("block")
        .example("severity: critical");
  }

  /** {@code severity} of one entry. */
  public static final Key<Severity> ENTRY_SEVERITY =
      Key.of("severity", Types.SEVERITY, "The severity of this check.")
          .example("severity: critical");

  /** {@code name} of one entry: part of the check id. */
  public static Key<String> name(String id) {
    return Key.of(
            "name",
            CompositeTypes.refined(
                Types.STRING,
                o -> {
                  // A number is its text: 2, 1.5 and -1 are names.
                  o.clear();
                  o.array("anyOf")
                      .add(
                          new SchemaNode()
                              .put("type", "string")
                              .put("pattern", "^[A-Za-z0-9._-]+$"))
                      .add(new SchemaNode().put("type", "number"));
                  return o;
                }),
            "Letters, digits, '.', '_' and '-'; the check id is " + id + ":NAME.")
        .required()
        .notNull()
        .example("name: payments");
  }

  /**
   * The shape of a section: the server's keys, {@code severity}, then the family's own lists.
   *
   * @param example a url of such a server
   */
  public static Shape shape(String description, String family, String example, Key<?>... lists) {
    List<Key<?>> keys = new ArrayList<>();
    keys.add(url(example));
    keys.add(HEADERS);
    keys.add(BASIC_AUTH);
    keys.add(TIMEOUT);
    keys.add(CA_FILE);
    keys.add(ATTEMPTS);
    keys.add(BACKOFF);
    keys.add(MAX_BACKOFF);
    keys.add(severity(family));
    keys.addAll(List.of(lists));
    return Shape.of(description, keys.toArray(Key<?>[]::new));
  }
}
