package dev.releasesentinel.checks.alertmanager;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the {@code alertmanager} section (docs/checks/prometheus.md, "Alertmanager"): each matcher
 * of a filter is parsed here, so that a bad one is a problem at its own line and column.
 */
final class AlertmanagerBinder implements Section<AlertmanagerBinder.Bound> {

  /** The section's settings, and where each check is declared. */
  record Bound(AlertmanagerConfig config, Map<String, CheckSpec> specs) {}

  @Override
  public String name() {
    return "alertmanager";
  }

  @Override
  public Shape shape() {
    return AlertmanagerKeys.SHAPE;
  }

  @Override
  public String example() {
    return """
        url: https://alertmanager.internal:9093
        alerts:
          - name: payments
            filter: ['severity=~"critical|page"', 'service="payments"']
        """;
  }

  @Override
  public Bound bind(Fields f, Binding binding) {
    Optional<Upstream> upstream = UpstreamBinder.bind(f, binding);
    Severity fam = f.read(UpstreamKeys.ENTRY_SEVERITY, Severity.BLOCK);
    if (!f.has("alerts")) {
      f.problems()
          .add(
              f.location(),
              "alertmanager: alerts is required (a list of { name, filter }); without it the"
                  + " section checks nothing");
    }
    List<AlertmanagerConfig.Alerts> alerts = new ArrayList<>();
    Map<String, CheckSpec> specs = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    List<Node> items = f.list("alerts").map(Node.ListNode::items).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Optional<Fields> e =
          Fields.of(
              item, AlertmanagerKeys.ALERT_SHAPE, f.child("alerts") + "[" + i + "]", f.problems());
      if (e.isEmpty()) {
        continue;
      }
      alerts(e.get(), item, fam, names)
          .ifPresent(
              a -> {
                alerts.add(a);
                specs.put(a.name(), new CheckSpec(true, a.severity(), item.location()));
              });
    }
    f.finish();
    if (upstream.isEmpty()) {
      return null;
    }
    return new Bound(new AlertmanagerConfig(upstream.get(), alerts), specs);
  }

  private static Optional<AlertmanagerConfig.Alerts> alerts(
      Fields f, Node item, Severity fam, Set<String> names) {
    Optional<String> name = f.string("name");
    boolean bad = false;
    if (name.isEmpty()) {
      f.problems()
          .add(
              item.location(),
              f.path() + ": name is required (the check id is alertmanager.alerts:NAME)");
      bad = true;
    } else {
      Location at = f.get("name").get().location();
      try {
        Upstream.checkName(name.get());
        if (!names.add(name.get())) {
          f.problems().add(at, f.path() + ": the name " + name.get() + " is used twice");
          bad = true;
        }
      } catch (IllegalArgumentException ex) {
        f.problems().add(at, f.path() + ": " + ex.getMessage());
        bad = true;
      }
    }
    List<Matcher> filter = new ArrayList<>();
    List<Node> items = f.list("filter").map(Node.ListNode::items).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      Node n = items.get(i);
      String what = f.child("filter") + "[" + i + "]";
      Optional<String> text = f.asString(n, what);
      if (text.isEmpty()) {
        bad = true;
        continue;
      }
      try {
        filter.add(Matcher.parse(text.get()));
      } catch (IllegalArgumentException ex) {
        f.problems().add(n.location(), what + ": " + ex.getMessage());
        bad = true;
      }
    }
    boolean includeSilenced = f.read(AlertmanagerKeys.INCLUDE_SILENCED, false);
    Severity severity = f.read(UpstreamKeys.ENTRY_SEVERITY, fam);
    f.finish();
    if (bad) {
      return Optional.empty();
    }
    return Optional.of(
        new AlertmanagerConfig.Alerts(name.get(), filter, includeSilenced, severity));
  }
}
