package dev.releasesentinel.checks.alertmanager;

import dev.releasesentinel.checks.monitoring.UpstreamKeys;
import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import java.util.List;

/**
 * The keys of the {@code alertmanager} section (docs/checks/prometheus.md, "Alertmanager"),
 * declared once.
 */
final class AlertmanagerKeys {

  private AlertmanagerKeys() {}

  static final Key<List<String>> FILTER =
      Key.of(
              "filter",
              CompositeTypes.list(Types.STRING),
              "Alertmanager matchers (name=\"value\", name=~\"regex\", !=, !~); an alert that"
                  + " matches all of them counts. None: every firing alert.")
          .example("filter: ['severity=~\"critical|page\"', 'service=\"payments\"']");

  static final Key<Boolean> INCLUDE_SILENCED =
      Key.of(
              "include-silenced",
              Types.BOOLEAN,
              "Whether silenced and inhibited alerts block too (by default they do not).")
          .byDefault(false)
          .example("include-silenced: true");

  static final Shape ALERT_SHAPE =
      Shape.of(
          "Firing alerts in Alertmanager that match filter block; the check id is"
              + " alertmanager.alerts:NAME.",
          UpstreamKeys.name("alertmanager.alerts"),
          FILTER,
          INCLUDE_SILENCED,
          UpstreamKeys.ENTRY_SEVERITY);

  static final Key<List<Fields>> ALERTS =
      Key.of(
              "alerts",
              CompositeTypes.list(CompositeTypes.map(ALERT_SHAPE)),
              "alertmanager.alerts:NAME per entry: no firing alert may match its filter.")
          .required()
          .example("alerts:\n  - name: payments\n    filter: ['service=\"payments\"']");

  static final Shape SHAPE =
      UpstreamKeys.shape(
          "The alertmanager family: firing alerts in Alertmanager (docs/checks/prometheus.md).",
          "alertmanager",
          "https://alertmanager.internal:9093",
          ALERTS);
}
