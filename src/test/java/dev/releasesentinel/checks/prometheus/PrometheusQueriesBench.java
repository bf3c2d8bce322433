package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.checks.monitoring.testing.Fleet;
import dev.releasesentinel.checks.monitoring.testing.Upstreams;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Runner;
import dev.releasesentinel.engine.Status;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark entry point for {@code bench/prometheus-queries.sh}, against the tests' real Prometheus
 * (backfilled history, basic auth).
 *
 * <ul>
 *   <li>{@code runs [ROUNDS]}: in one JVM, per round: a run of no check, each of the 10 queries
 *       alone, and the 10 together, each through the engine's runner with a new HTTP client; prints
 *       medians and spread of the empty run, the slowest single query, the 10 together, and what
 *       the 10 add beyond the slowest.
 *   <li>{@code serve}: starts that Prometheus, prints its url, user and password on one line, and
 *       keeps it until standard input closes (for whole-run comparisons of the CLI).
 * </ul>
 */
public final class PrometheusQueriesBench {

  private PrometheusQueriesBench() {}

  /** Ten queries of the kinds a gate runs: ratios, sums, quantile-like gauges, windows. */
  static List<PrometheusConfig.Query> queries() {
    String ratio =
        "sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m]))"
            + " / sum by (job) (rate(http_requests_total[5m]))";
    return List.of(
        Queries.instant("error-rate", ratio, Threshold.max(1)),
        Queries.instant(
            "payments-error-rate",
            "sum(rate(http_requests_total{job=\"payments\",code=~\"5..\"}[5m]))"
                + " / sum(rate(http_requests_total{job=\"payments\"}[5m]))",
            Threshold.max(0.01)),
        Queries.instant("queues", "queue_depth", Threshold.max(1000)),
        Queries.instant("queue-total", "scalar(sum(queue_depth))", Threshold.max(1000)),
        Queries.instant("p99", "latency_p99_seconds{job=\"payments\"}", Threshold.levels(1, 2)),
        Queries.instant("requests", "sum(rate(http_requests_total[1m]))", Threshold.min(1)),
        Queries.instant("max-ratio", "max_over_time(payments_error_ratio[30m])", Threshold.max(1)),
        Queries.instant("instances", "count(payments_error_ratio)", Threshold.min(2)),
        Queries.window(
            "ratio-10m",
            "payments_error_ratio",
            Threshold.max(1),
            Duration.ofMinutes(10),
            OnEmpty.ERROR),
        Queries.window("rate-15m", ratio, Threshold.max(1), Duration.ofMinutes(15), OnEmpty.ERROR));
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "runs";
    if (mode.equals("serve")) {
      System.out.println(
          Fleet.prometheus().url() + " " + Fleet.USER.name() + " " + Fleet.USER.password());
      System.out.flush();
      while (System.in.read() >= 0) {
        // keep the server until the caller closes our input
      }
      return;
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Upstream upstream = Upstreams.withAuth(Fleet.prometheus().url());
    List<PrometheusConfig.Query> all = queries();
    runs(upstream, all, 3); // warm-up: class loading, JIT, Prometheus's caches
    double[] empty = new double[rounds];
    double[] slowest = new double[rounds];
    double[] together = new double[rounds];
    double[] added = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      empty[r] = run(upstream, List.of());
      double worst = 0;
      for (PrometheusConfig.Query q : all) {
        worst = Math.max(worst, run(upstream, List.of(q)));
      }
      slowest[r] = worst;
      together[r] = run(upstream, all);
      added[r] = together[r] - slowest[r];
    }
    System.out.printf(
        Locale.ROOT,
        "%d rounds, 10 queries (8 instant, 2 windows of 61 evaluations), ms: median [min .. max]%n",
        rounds);
    line("run without queries", empty);
    line("slowest query alone", slowest);
    line("10 queries at once", together);
    line("10 at once - slowest alone", added);
    System.out.printf(
        Locale.ROOT,
        "target: 10 queries add at most the slowest query + 50 ms: %s (median %.1f ms added)%n",
        median(added) - median(empty) <= 50 ? "met" : "MISSED",
        median(added) - median(empty));
  }

  private static void runs(Upstream upstream, List<PrometheusConfig.Query> all, int n) {
    for (int i = 0; i < n; i++) {
      run(upstream, all);
    }
  }

  /** One run of these queries through the engine's runner, in milliseconds. */
  private static double run(Upstream upstream, List<PrometheusConfig.Query> queries) {
    List<Check> checks =
        PrometheusChecks.of(
            new PrometheusConfig(upstream, queries, List.of()),
            Upstreams.http(Upstreams.redactor(upstream)),
            Upstreams.ENV,
            Upstreams.redactor(upstream),
            Queries.AT_T);
    long t0 = System.nanoTime();
    Runner.Outcome o =
        new Runner(new Runner.Options(Duration.ofSeconds(60), false, false, null, null, null))
            .run(checks, Map.of());
    double ms = (System.nanoTime() - t0) / 1e6;
    for (CheckResult r : o.results()) {
      if (r.status() != Status.PASS) {
        throw new IllegalStateException(r.id() + " did not pass: " + r.message());
      }
    }
    return ms;
  }

  private static void line(String what, double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    System.out.printf(
        Locale.ROOT, "  %-28s %8.1f  [%.1f .. %.1f]%n", what, median(ms), s[0], s[s.length - 1]);
  }

  private static double median(double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
