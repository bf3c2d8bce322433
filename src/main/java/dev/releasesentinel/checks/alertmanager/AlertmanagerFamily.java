package dev.releasesentinel.checks.alertmanager;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.http.OkHttpProbe;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The alertmanager family (docs/checks/prometheus.md, "Alertmanager"): {@code
 * alertmanager.alerts:NAME} per entry, all asking through one HTTP probe per run (the api
 * family's), opened when the first of them runs.
 */
public final class AlertmanagerFamily implements Family {

  static final CheckKind ALERTS =
      CheckKind.optIn("alertmanager.alerts", "no firing Alertmanager alert matches NAME's filter")
          .per("NAME")
          .live();

  private static final AlertmanagerBinder SECTION = new AlertmanagerBinder();

  private final LazyProbe.Factory<HttpProbe> factory;

  public AlertmanagerFamily() {
    this(c -> OkHttpProbe.create(c.environment(), c.redactor()));
  }

  /** The family asking through the probe {@code factory} opens (tests pass their own). */
  AlertmanagerFamily(LazyProbe.Factory<HttpProbe> factory) {
    this.factory = factory;
  }

  @Override
  public Section<AlertmanagerBinder.Bound> section() {
    return SECTION;
  }

  @Override
  public List<CheckKind> kinds() {
    return List.of(ALERTS);
  }

  /** The alertmanager section of a config, if it has one. */
  static Optional<AlertmanagerConfig> config(Config config) {
    return config.get(SECTION).map(AlertmanagerBinder.Bound::config);
  }

  @Override
  public List<Planned> plan(Config config, RunContext context) {
    Optional<AlertmanagerBinder.Bound> bound = config.get(SECTION);
    if (bound.isEmpty()) {
      return List.of();
    }
    // The run's probe, opened on first use; the checks' classes load only now.
    LazyProbe<HttpProbe> probe = LazyProbe.of(factory, context);
    List<Planned> out = new ArrayList<>();
    for (Check c : AlertmanagerChecks.of(bound.get().config(), context, probe)) {
      out.add(ALERTS.plan(c, bound.get().specs().get(c.id().subject())));
    }
    return out;
  }

  /**
   * The header values that read a variable, the basic-auth password and the header made of it. (The
   * variables' own values are registered for every section that sends them: {@link
   * Config#variables()}.)
   */
  @Override
  public Set<String> secrets(Config config, Environment env) {
    return config(config)
        .map(c -> (Set<String>) new LinkedHashSet<>(AlertmanagerChecks.secrets(c, env)))
        .orElse(Set.of());
  }
}
