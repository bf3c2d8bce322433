package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.CheckSpec;
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
 * The prometheus family (docs/checks/prometheus.md): {@code prometheus.query:NAME} per query and
 * {@code prometheus.alerts:NAME} per alert match, all asking through one HTTP probe per run (the
 * api family's), opened when the first of them runs.
 */
public final class PrometheusFamily implements Family {

  static final CheckKind QUERY =
      CheckKind.optIn("prometheus.query", "the PromQL query NAME stays within its limits")
          .per("NAME")
          .live();

  static final CheckKind ALERTS =
      CheckKind.optIn("prometheus.alerts", "no firing Prometheus alert matches NAME's labels")
          .per("NAME")
          .live();

  private static final PrometheusBinder SECTION = new PrometheusBinder();

  private final LazyProbe.Factory<HttpProbe> factory;

  public PrometheusFamily() {
    this(c -> OkHttpProbe.create(c.environment(), c.redactor()));
  }

  /** The family asking through the probe {@code factory} opens (tests pass their own). */
  PrometheusFamily(LazyProbe.Factory<HttpProbe> factory) {
    this.factory = factory;
  }

  @Override
  public Section<PrometheusBinder.Bound> section() {
    return SECTION;
  }

  @Override
  public List<CheckKind> kinds() {
    return List.of(QUERY, ALERTS);
  }

  /** The prometheus section of a config, if it has one. */
  static Optional<PrometheusConfig> config(Config config) {
    return config.get(SECTION).map(PrometheusBinder.Bound::config);
  }

  @Override
  public List<Planned> plan(Config config, RunContext context) {
    Optional<PrometheusBinder.Bound> bound = config.get(SECTION);
    if (bound.isEmpty()) {
      return List.of();
    }
    // The run's probe, opened on first use; the checks' classes load only now.
    LazyProbe<HttpProbe> probe = LazyProbe.of(factory, context);
    List<Check> checks = PrometheusChecks.of(bound.get().config(), context, probe);
    List<Planned> out = new ArrayList<>();
    for (Check c : checks) {
      String name = c.id().subject();
      boolean query = c.id().kind().equals(QUERY.id());
      CheckSpec spec = (query ? bound.get().queries() : bound.get().alerts()).get(name);
      out.add((query ? QUERY : ALERTS).plan(c, spec));
    }
    return out;
  }

  /**
   * The header values that read a variable ({@code Bearer ...}), the basic-auth password and the
   * header made of it. (The variables' own values are registered for every section that sends them:
   * {@link Config#variables()}.)
   */
  @Override
  public Set<String> secrets(Config config, Environment env) {
    return config(config)
        .map(c -> (Set<String>) new LinkedHashSet<>(PrometheusChecks.secrets(c, env)))
        .orElse(Set.of());
  }
}
