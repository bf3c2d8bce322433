package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.UpstreamKeys;
import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Problems;
import dev.releasesentinel.config.SchemaContext;
import dev.releasesentinel.config.SchemaNode;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.config.Units;
import dev.releasesentinel.config.ValueType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The keys of the {@code prometheus} section (docs/checks/prometheus.md), declared once. */
final class PrometheusKeys {

  private PrometheusKeys() {}

  static final Key<String> QUERY =
      Key.of("query", Types.NON_BLANK, "The PromQL expression; its value (per series) is judged.")
          .required()
          .notNull()
          .example("query: sum(rate(http_requests_total{code=~\"5..\"}[5m]))");

  /** Any finite number. */
  private static final ValueType<Double> NUMBER =
      CompositeTypes.refined(
          Types.number(-Double.MAX_VALUE, Double.MAX_VALUE),
          o -> {
            o.clear();
            o.put("type", "number");
            return o;
          });

  private static Key<Double> limit(String name, String description, String example) {
    return Key.of(name, NUMBER, description).example(name + ": " + example);
  }

  static final Key<Double> MAX = limit("max", "FAIL when a value is above this.", "0.01");
  static final Key<Double> MIN = limit("min", "FAIL when a value is below this.", "0.99");
  static final Key<Double> WARN =
      limit("warn", "WARN when a value reaches this (a ceiling, as in the system checks).", "0.5");
  static final Key<Double> CRITICAL = limit("critical", "FAIL when a value reaches this.", "0.9");

  static final Key<Duration> FOR =
      Key.of(
              "for",
              WindowType.INSTANCE,
              "The limits must have held at every evaluation over this much time up to now (a range"
                  + " query), from 1s to 360h.")
          .example("for: 10m");

  static final Key<Duration> STEP =
      Key.of(
              "step",
              WindowType.INSTANCE,
              "The time between the evaluations of a for window (default: for/60, 1s to 15s).")
          .example("step: 15s");

  static final Key<String> ON_EMPTY =
      Key.of(
              "on-empty",
              Types.oneOf(
                  List.of("error", "pass", "fail"),
                  "on-empty",
                  " (error = ERROR, pass = PASS, fail = FAIL)"),
              "What no data means: error (the default), pass or fail; never silently a pass.")
          .byDefault("error")
          .example("on-empty: fail");

  static final Shape QUERY_SHAPE =
      Shape.of(
              "One PromQL query and its limits; the check id is prometheus.query:NAME.",
              UpstreamKeys.name("prometheus.query"),
              QUERY,
              MAX,
              MIN,
              WARN,
              CRITICAL,
              FOR,
              STEP,
              ON_EMPTY,
              UpstreamKeys.ENTRY_SEVERITY)
          .oneOfRequired("max", "min", "warn", "critical");

  static final Key<List<Fields>> QUERIES =
      Key.of(
              "queries",
              CompositeTypes.list(CompositeTypes.map(QUERY_SHAPE)),
              "prometheus.query:NAME per entry: a query whose value must stay within limits.")
          .example(
              "queries:\n  - name: error-rate\n    query: sum(rate(errors_total[5m]))\n    max: 0.01");

  static final Shape MATCH_SHAPE =
      Shape.names(
          "Label name to regular expression (matching the whole value, as PromQL's =~).",
          "^[a-zA-Z_][a-zA-Z0-9_]*$",
          Types.STRING);

  static final Key<Fields> MATCH =
      Key.of("match", CompositeTypes.map(MATCH_SHAPE), MATCH_SHAPE.description())
          .example("match: { severity: \"critical|page\", service: payments }");

  static final Shape ALERT_SHAPE =
      Shape.of(
          "Firing alerts of Prometheus's rules whose labels match all of match block; the check"
              + " id is prometheus.alerts:NAME.",
          UpstreamKeys.name("prometheus.alerts"),
          MATCH,
          UpstreamKeys.ENTRY_SEVERITY);

  static final Key<List<Fields>> ALERTS =
      Key.of(
              "alerts",
              CompositeTypes.list(CompositeTypes.map(ALERT_SHAPE)),
              "prometheus.alerts:NAME per entry: no firing alert may match.")
          .example("alerts:\n  - name: payments\n    match: { service: payments }");

  static final Shape SHAPE =
      UpstreamKeys.shape(
              "The prometheus family: queries and firing alerts of Prometheus or a server with its"
                  + " HTTP API (docs/checks/prometheus.md).",
              "prometheus",
              "https://prometheus.internal:9090",
              QUERIES,
              ALERTS)
          .oneOfRequired("queries", "alerts");

  /**
   * A duration of a query window ({@code for}, {@code step}): written as every duration in the
   * config ({@code 10m}, {@code 1h30m}, docs/config.md, "Units") but from 1s to 360h, the 15 days
   * Prometheus keeps by default, rather than up to 1h.
   */
  static final class WindowType implements ValueType<Duration> {

    static final WindowType INSTANCE = new WindowType();

    private WindowType() {}

    @Override
    public Optional<Duration> read(Node node, String what, Problems problems) {
      if (node instanceof Node.ScalarNode s && !(s.value() instanceof Number)) {
        Optional<Duration> d = Units.duration(s.text());
        if (d.isPresent()) {
          if (d.get().compareTo(Duration.ofSeconds(1)) < 0
              || d.get().compareTo(Duration.ofDays(15)) > 0) {
            problems.add(
                node.location(),
                what
                    + ": '"
                    + s.text()
                    + "' is not from 1s to 360h (15 days); write e.g. 10m or 24h");
            return Optional.empty();
          }
          return d;
        }
      }
      problems.add(
          node.location(),
          what + ": must be a duration such as 10m, 1h or 24h, not " + Types.describe(node));
      return Optional.empty();
    }

    @Override
    public SchemaNode schema(SchemaContext context) {
      return new SchemaNode()
          .put("type", "string")
          .put("pattern", "^\\s*(?:\\d+(?:\\.\\d+)?(?:[mM][sS]|[sS]|[mM]|[hH]))+\\s*$");
    }

    @Override
    public String hint() {
      return "A duration from 1s to 360h: 30s, 10m, 1h30m, 24h.";
    }
  }
}
