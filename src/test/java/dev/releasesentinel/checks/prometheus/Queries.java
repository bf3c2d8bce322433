package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.checks.monitoring.testing.DeadlineContext;
import dev.releasesentinel.checks.monitoring.testing.Fleet;
import dev.releasesentinel.checks.monitoring.testing.Upstreams;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Runs prometheus checks against an upstream, at the fleet's evaluation instant. */
final class Queries {

  static final Clock AT_T = Clock.fixed(Fleet.T, ZoneOffset.UTC);

  private Queries() {}

  static PrometheusConfig.Query instant(String name, String promql, Threshold t, OnEmpty onEmpty) {
    return new PrometheusConfig.Query(
        name, promql, t, Optional.empty(), Optional.empty(), onEmpty, Severity.BLOCK);
  }

  static PrometheusConfig.Query instant(String name, String promql, Threshold t) {
    return instant(name, promql, t, OnEmpty.ERROR);
  }

  static PrometheusConfig.Query window(
      String name, String promql, Threshold t, Duration window, OnEmpty onEmpty) {
    return new PrometheusConfig.Query(
        name, promql, t, Optional.of(window), Optional.empty(), onEmpty, Severity.BLOCK);
  }

  /** The fleet's Prometheus, with its credentials. */
  static Upstream prometheus() {
    return Upstreams.withAuth(Fleet.prometheus().url());
  }

  static CheckResult run(PrometheusConfig.Query q) {
    return run(prometheus(), q, DeadlineContext.relaxed());
  }

  static CheckResult run(Upstream upstream, PrometheusConfig.Query q, DeadlineContext context) {
    PrometheusConfig config = new PrometheusConfig(upstream, List.of(q), List.of());
    try {
      return PrometheusChecks.of(
              config,
              Upstreams.http(Upstreams.redactor(upstream)),
              Upstreams.ENV,
              Upstreams.redactor(upstream),
              AT_T)
          .get(0)
          .run(context);
    } catch (Exception e) {
      throw new AssertionError("checks report, they do not throw", e);
    }
  }
}
