package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.HttpGet;
import dev.releasesentinel.checks.monitoring.ProbeGet;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.redact.Redactor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The prometheus family's checks (docs/checks/prometheus.md): one {@code prometheus.query:NAME} per
 * query and one {@code prometheus.alerts:NAME} per alert match, sharing the run's HTTP probe.
 * Building them sends nothing; each runs on its own task, so the queries run at once.
 */
public final class PrometheusChecks {

  private PrometheusChecks() {}

  /** The checks of a run, asking through the run's shared HTTP probe. */
  public static List<Check> of(
      PrometheusConfig config, RunContext run, LazyProbe<HttpProbe> probe) {
    return of(config, run, new ProbeGet(probe));
  }

  /** The checks of a run, asking through {@code http}, masked by the run's redactor. */
  public static List<Check> of(PrometheusConfig config, RunContext run, HttpGet http) {
    return of(config, http, run.environment(), run.redactor(), run.clock());
  }

  /**
   * @param http the seam every request goes through
   * @param redactor the run's redactor: answers are masked by it before anything reads them
   * @param clock the run's clock: its instant is the evaluation time of every query
   */
  public static List<Check> of(
      PrometheusConfig config, HttpGet http, Environment env, Redactor redactor, Clock clock) {
    PrometheusClient client = new PrometheusClient(config.upstream(), http, env, redactor);
    List<Check> checks = new ArrayList<>();
    for (PrometheusConfig.Query q : config.queries()) {
      checks.add(new QueryCheck(q, client, clock));
    }
    for (PrometheusConfig.AlertMatch m : config.alerts()) {
      checks.add(new AlertsCheck(m, client, clock));
    }
    return checks;
  }

  /** The values the run's redactor must know before these checks run (headers, passwords). */
  public static List<String> secrets(PrometheusConfig config, Environment env) {
    return config.upstream().secrets(env);
  }
}
