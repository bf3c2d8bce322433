package dev.releasesentinel.checks.alertmanager;

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
 * The alertmanager family's checks: one {@code alertmanager.alerts:NAME} per entry of {@code
 * alertmanager.alerts}, sharing the run's HTTP probe; building them sends nothing.
 */
public final class AlertmanagerChecks {

  private AlertmanagerChecks() {}

  /** The checks of a run, asking through the run's shared HTTP probe. */
  public static List<Check> of(
      AlertmanagerConfig config, RunContext run, LazyProbe<HttpProbe> probe) {
    return of(config, run, new ProbeGet(probe));
  }

  /** The checks of a run, asking through {@code http}, masked by the run's redactor. */
  public static List<Check> of(AlertmanagerConfig config, RunContext run, HttpGet http) {
    return of(config, http, run.environment(), run.redactor(), run.clock());
  }

  public static List<Check> of(
      AlertmanagerConfig config, HttpGet http, Environment env, Redactor redactor, Clock clock) {
    List<Check> checks = new ArrayList<>();
    for (AlertmanagerConfig.Alerts a : config.alerts()) {
      checks.add(new AlertsCheck(a, config.upstream(), http, env, redactor, clock));
    }
    return checks;
  }

  /** The values the run's redactor must know before these checks run (headers, passwords). */
  public static List<String> secrets(AlertmanagerConfig config, Environment env) {
    return config.upstream().secrets(env);
  }
}
