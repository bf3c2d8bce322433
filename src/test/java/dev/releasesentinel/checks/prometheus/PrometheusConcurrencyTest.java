package dev.releasesentinel.checks.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.checks.monitoring.testing.Fleet;
import dev.releasesentinel.checks.monitoring.testing.SlowProxy;
import dev.releasesentinel.checks.monitoring.testing.Upstreams;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Runner;
import dev.releasesentinel.engine.Status;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The queries of one family are sent at once, by the engine's runner, over one HTTP client. */
class PrometheusConcurrencyTest {

  @Test
  void tenQueriesAreInFlightTogether() throws IOException {
    try (SlowProxy slow = SlowProxy.start(Fleet.prometheus().port(), Duration.ofMillis(1500))) {
      Upstream upstream = Upstreams.withAuth(slow.url());
      List<PrometheusConfig.Query> queries = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        queries.add(Queries.instant("q" + i, "queue_depth", Threshold.max(1000)));
      }
      List<Check> checks =
          PrometheusChecks.of(
              new PrometheusConfig(upstream, queries, List.of()),
              Upstreams.http(Upstreams.redactor(upstream)),
              Upstreams.ENV,
              Upstreams.redactor(upstream),
              Queries.AT_T);

      Runner.Outcome run =
          new Runner(new Runner.Options(Duration.ofSeconds(60), false, false, null, null, null))
              .run(checks, Map.of());

      assertThat(run.results()).extracting(CheckResult::status).containsOnly(Status.PASS);
      assertThat(slow.mostConcurrent()).isEqualTo(10);
    }
  }
}
