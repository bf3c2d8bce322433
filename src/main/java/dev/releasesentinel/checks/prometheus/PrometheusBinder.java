package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.checks.monitoring.UpstreamBinder;
import dev.releasesentinel.checks.monitoring.UpstreamKeys;
import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.engine.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Binds the {@code prometheus} section (docs/checks/prometheus.md, "Configuration"). The config
 * records' constructors reject what no run could use with a message that names the key and the fix;
 * each becomes a problem at the entry's line and column.
 */
final class PrometheusBinder implements Section<PrometheusBinder.Bound> {

  /** The section's settings, and where each check is declared. */
  record Bound(
      PrometheusConfig config, Map<String, CheckSpec> queries, Map<String, CheckSpec> alerts) {}

  @Override
  public String name() {
    return "prometheus";
  }

  @Override
  public Shape shape() {
    return PrometheusKeys.SHAPE;
  }

  @Override
  public String example() {
    return """
        url: https://prometheus.internal:9090
        headers: { Authorization: "Bearer ${PROM_TOKEN}" }
        queries:
          - name: payments-error-rate
            query: sum(rate(http_requests_total{job="payments",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="payments"}[5m]))
            max: 0.01
            for: 10m
        alerts:
          - name: payments
            match: { severity: "critical|page", service: payments }
        """;
  }

  @Override
  public Bound bind(Fields f, Binding binding) {
    Optional<Upstream> upstream = UpstreamBinder.bind(f, binding);
    Severity fam = f.read(UpstreamKeys.ENTRY_SEVERITY, Severity.BLOCK);
    Set<String> names = new LinkedHashSet<>();
    List<PrometheusConfig.Query> queries = new ArrayList<>();
    Map<String, CheckSpec> querySpecs = new LinkedHashMap<>();
    for (Entry e : entries(f, "queries", PrometheusKeys.QUERY_SHAPE)) {
      query(e, fam, names)
          .ifPresent(
              q -> {
                queries.add(q);
                querySpecs.put(q.name(), new CheckSpec(true, q.severity(), e.node().location()));
              });
    }
    names.clear();
    List<PrometheusConfig.AlertMatch> alerts = new ArrayList<>();
    Map<String, CheckSpec> alertSpecs = new LinkedHashMap<>();
    for (Entry e : entries(f, "alerts", PrometheusKeys.ALERT_SHAPE)) {
      alert(e, fam, names)
          .ifPresent(
              a -> {
                alerts.add(a);
                alertSpecs.put(a.name(), new CheckSpec(true, a.severity(), e.node().location()));
              });
    }
    if (!f.has("queries") && !f.has("alerts")) {
      f.problems()
          .add(
              f.location(),
              "prometheus: give queries (a list of { name, query, max }) or alerts (a list of {"
                  + " name, match }); without them the section checks nothing");
    }
    f.finish();
    if (upstream.isEmpty()) {
      return null;
    }
    return new Bound(new PrometheusConfig(upstream.get(), queries, alerts), querySpecs, alertSpecs);
  }

  /** One item of a list key, read with its shape. */
  record Entry(Fields fields, Node node) {}

  static List<Entry> entries(Fields f, String key, Shape shape) {
    List<Entry> out = new ArrayList<>();
    List<Node> items = f.list(key).map(Node.ListNode::items).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Fields.of(item, shape, f.child(key) + "[" + i + "]", f.problems())
          .ifPresent(e -> out.add(new Entry(e, item)));
    }
    return out;
  }

  /** The entry's name, or empty with the problem recorded (missing, malformed, used twice). */
  static Optional<String> name(Entry e, Set<String> names, String id) {
    Fields f = e.fields();
    Optional<String> name = f.string("name");
    if (name.isEmpty()) {
      f.problems()
          .add(e.node().location(), f.path() + ": name is required (the check id is " + id + ")");
      return Optional.empty();
    }
    Location at = f.get("name").get().location();
    try {
      Upstream.checkName(name.get());
    } catch (IllegalArgumentException ex) {
      f.problems().add(at, f.path() + ": " + ex.getMessage());
      return Optional.empty();
    }
    if (!names.add(name.get())) {
      f.problems().add(at, f.path() + ": the name " + name.get() + " is used twice");
      return Optional.empty();
    }
    return name;
  }

  private static Optional<PrometheusConfig.Query> query(Entry e, Severity fam, Set<String> names) {
    Fields f = e.fields();
    Optional<String> name = name(e, names, "prometheus.query:" + "NAME");
    Optional<String> promql = f.read(PrometheusKeys.QUERY);
    OptionalDouble max = number(f.read(PrometheusKeys.MAX));
    OptionalDouble min = number(f.read(PrometheusKeys.MIN));
    OptionalDouble warn = number(f.read(PrometheusKeys.WARN));
    OptionalDouble critical = number(f.read(PrometheusKeys.CRITICAL));
    Optional<Duration> window = f.read(PrometheusKeys.FOR);
    Optional<Duration> step = f.read(PrometheusKeys.STEP);
    OnEmpty onEmpty =
        OnEmpty.valueOf(f.read(PrometheusKeys.ON_EMPTY, "error").toUpperCase(Locale.ROOT));
    Severity severity = f.read(UpstreamKeys.ENTRY_SEVERITY, fam);
    f.finish();
    if (promql.isEmpty() && f.get("query").isEmpty()) {
      f.problems().add(e.node().location(), f.path() + ": query is required (a PromQL expression)");
    }
    if (name.isEmpty() || promql.isEmpty()) {
      return Optional.empty();
    }
    Threshold threshold;
    try {
      threshold = new Threshold(max, min, warn, critical);
    } catch (IllegalArgumentException ex) {
      f.problems()
          .add(
              e.node().location(),
              f.path() + ": " + ex.getMessage() + " (e.g. max: 0.01 fails above 1%)");
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PrometheusConfig.Query(
              name.get(), promql.get(), threshold, window, step, onEmpty, severity));
    } catch (IllegalArgumentException ex) {
      Location at =
          f.get("step").or(() -> f.get("for")).map(Node::location).orElse(e.node().location());
      f.problems().add(at, f.path() + ": " + ex.getMessage());
      return Optional.empty();
    }
  }

  private static OptionalDouble number(Optional<Double> d) {
    return d.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  private static Optional<PrometheusConfig.AlertMatch> alert(
      Entry e, Severity fam, Set<String> names) {
    Fields f = e.fields();
    Optional<String> name = name(e, names, "prometheus.alerts:NAME");
    Map<String, String> match = new LinkedHashMap<>();
    boolean bad = false;
    Optional<Fields> m = f.read(PrometheusKeys.MATCH);
    if (m.isPresent()) {
      for (Map.Entry<String, Node> me : m.get().entries()) {
        m.get().get(me.getKey());
        Optional<String> regex =
            m.get().asString(me.getValue(), f.child("match") + "." + me.getKey());
        if (regex.isEmpty()) {
          bad = true;
          continue;
        }
        try {
          new PrometheusConfig.AlertMatch("x", Map.of(me.getKey(), regex.get()), Severity.BLOCK);
          match.put(me.getKey(), regex.get());
        } catch (IllegalArgumentException ex) {
          f.problems().add(me.getValue().location(), f.path() + ": " + ex.getMessage());
          bad = true;
        }
      }
    }
    Severity severity = f.read(UpstreamKeys.ENTRY_SEVERITY, fam);
    f.finish();
    if (name.isEmpty() || bad) {
      return Optional.empty();
    }
    return Optional.of(new PrometheusConfig.AlertMatch(name.get(), match, severity));
  }
}
