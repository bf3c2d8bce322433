package dev.releasesentinel.checks.alertmanager;

import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.engine.Severity;
import java.util.List;
import java.util.Objects;

/** The alertmanager family's settings (docs/checks/prometheus.md, "Alertmanager"). */
public record AlertmanagerConfig(Upstream upstream, List<Alerts> alerts) {

  public AlertmanagerConfig {
    Objects.requireNonNull(upstream, "upstream");
    alerts = List.copyOf(alerts);
  }

  /**
   * Firing alerts that match every matcher of {@code filter} block; the check id is {@code
   * alertmanager.alerts:NAME}. Silenced and inhibited alerts count only with {@code
   * includeSilenced}.
   */
  public record Alerts(
      String name, List<Matcher> filter, boolean includeSilenced, Severity severity) {
    public Alerts {
      Upstream.checkName(name);
      filter = List.copyOf(filter);
      Objects.requireNonNull(severity, "severity");
    }

    /** Parses each matcher; a bad one throws, naming it. */
    public static Alerts of(
        String name, List<String> filter, boolean includeSilenced, Severity severity) {
      return new Alerts(
          name, filter.stream().map(Matcher::parse).toList(), includeSilenced, severity);
    }
  }
}
