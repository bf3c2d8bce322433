package dev.releasesentinel.checks.prometheus;

import static dev.releasesentinel.checks.prometheus.Queries.instant;
import static dev.releasesentinel.checks.prometheus.Queries.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.monitoring.testing.Fleet;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Instant queries against a real Prometheus with a backfilled history (see History). */
class PrometheusQueryTest {

  private static final String ERROR_RATE =
      "sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m]))"
          + " / sum by (job) (rate(http_requests_total[5m]))";

  @Test
  void passesWhenTheErrorRateIsBelowMax() {
    CheckResult r =
        run(
            instant(
                "payments-error-rate",
                "sum(rate(http_requests_total{job=\"payments\",code=~\"5..\"}[5m]))"
                    + " / sum(rate(http_requests_total{job=\"payments\"}[5m]))",
                Threshold.max(0.01)));

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).isEqualTo("0.001996 <= max 0.01 (payments-error-rate)");
    assertThat(r.id().value()).isEqualTo("prometheus.query:payments-error-rate");
    assertThat(r.details()).containsEntry("time", Fleet.T.toString());
  }

  @Test
  void failsOnTheWorstSeriesAndNamesItsLabels() {
    CheckResult r = run(instant("error-rate", ERROR_RATE, Threshold.max(0.01)));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo("0.05 > max 0.01 (error-rate) at {job=\"checkout\"}; 1 of 2 series off limits");
    assertThat(r.details()).containsEntry("offLimits", 1L).containsEntry("series", 2);
  }

  @Test
  void judgesEverySeriesOfAVector() {
    CheckResult r = run(instant("queues", "queue_depth", Threshold.max(100)));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "340 > max 100 (queues) at queue_depth{queue=\"emails\"}; 1 of 3 series off limits");
  }

  @Test
  void passesAMultiSeriesVectorNamingTheWorst() {
    CheckResult r = run(instant("queues", "queue_depth", Threshold.max(1000)));

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "340 <= max 1000 (queues) at queue_depth{queue=\"emails\"}; the worst of 3 series");
  }

  @Test
  void aFloorFailsOnTheLowestSeries() {
    CheckResult r = run(instant("queues", "queue_depth", Threshold.min(20)));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "12 < min 20 (queues) at queue_depth{queue=\"orders\"}; 1 of 3 series off limits");
  }

  @Test
  void warnsAtTheWarnLevel() {
    CheckResult r =
        run(instant("p99", "latency_p99_seconds{job=\"payments\"}", Threshold.levels(0.2, 0.5)));

    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.message())
        .isEqualTo("0.25 >= warn 0.2 (p99) at latency_p99_seconds{job=\"payments\"}");
  }

  @Test
  void positiveInfinityIsAboveEveryMax() {
    CheckResult r = run(instant("p99-slow", "latency_p99_seconds{job=\"slow\"}", Threshold.max(2)));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).startsWith("+Inf > max 2 (p99-slow)");
  }

  @Test
  void onlyNaNIsNoData() {
    CheckResult r = run(instant("idle", "idle_error_ratio", Threshold.max(0.01)));

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith("the query returned only NaN (1 series; 0/0, e.g. a ratio when nothing was")
        .contains("set on-empty: pass where no data is good news");
  }

  @Test
  void judgesAScalar() {
    CheckResult r = run(instant("total", "scalar(sum(queue_depth))", Threshold.max(500)));

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).isEqualTo("392 <= max 500 (total)");
  }

  @ParameterizedTest
  @CsvSource({
    "ERROR, ERROR, the query returned no data (typo): a misspelt metric or label gives no data",
    "PASS, PASS, 'the query returned no data, and on-empty is pass (typo)'",
    "FAIL, FAIL, 'the query returned no data, and on-empty is fail (typo)'"
  })
  void anEmptyResultIsWhatOnEmptySays(OnEmpty onEmpty, Status status, String message) {
    CheckResult r =
        run(instant("typo", "http_requets_total{job=\"payments\"}", Threshold.max(1), onEmpty));

    assertThat(r.status()).isEqualTo(status);
    assertThat(r.message()).startsWith(message);
  }

  @Test
  void badPromQlIsAnErrorWithPrometheusOwnText() {
    CheckResult r = run(instant("broken", "sum(rate(x[5m])) by (", Threshold.max(1)));

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "Prometheus answered 400 to GET "
                + Fleet.prometheus().url()
                + "/api/v1/query: bad_data: invalid parameter \"query\": 1:")
        .contains("parse error")
        .endsWith("(fix the query or its parameters) (broken)");
    assertThat(r.details()).containsEntry("errorType", "bad_data");
  }

  @Test
  void aRangeVectorIsNotJudgedAtAnInstant() {
    CheckResult r = run(instant("range", "queue_depth[5m]", Threshold.max(1)));

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).startsWith("the query returns a range vector (range)");
  }

  @Test
  void aStringIsNotJudged() {
    CheckResult r = run(instant("text", "\"hello\"", Threshold.max(1)));

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).startsWith("the query returns a string (text)");
  }
}
