package dev.releasesentinel.checks.prometheus;

import static dev.releasesentinel.checks.prometheus.Queries.run;
import static dev.releasesentinel.checks.prometheus.Queries.window;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.monitoring.testing.Fleet;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code for} windows against a real Prometheus: payments_error_ratio{instance="a"} spiked to 0.05
 * for 30 seconds 7 minutes before the evaluation instant, and was 0.002 otherwise (see History).
 */
class PrometheusWindowTest {

  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  @Test
  void aWindowPartlyViolatedFailsSayingWhenAndHowMuch() {
    CheckResult r =
        run(
            window(
                "payments-errors",
                "payments_error_ratio",
                Threshold.max(0.01),
                TEN_MINUTES,
                OnEmpty.ERROR));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "0.05 > max 0.01 (payments-errors) at"
                + " payments_error_ratio{instance=\"a\",job=\"payments\"} 7m ago; off limits at 3"
                + " of 61 evaluations over the last 10m (about 30s, from 7m ago to 6m40s ago)");
    assertThat(r.details())
        .containsEntry("step", "10s")
        .containsEntry("evaluations", 61)
        .containsEntry("offLimitsEvaluations", 3)
        .containsEntry("firstOffLimits", Fleet.T.minusSeconds(420).toString())
        .containsEntry("lastOffLimits", Fleet.T.minusSeconds(400).toString())
        .containsEntry("end", Fleet.T.toString());
  }

  @Test
  void aWindowAfterTheSpikeHolds() {
    CheckResult r =
        run(
            window(
                "payments-errors",
                "payments_error_ratio",
                Threshold.max(0.01),
                Duration.ofMinutes(5),
                OnEmpty.ERROR));

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "held over the last 5m (61 evaluations every 5s): 0.004 <= max 0.01"
                + " (payments-errors) at payments_error_ratio{instance=\"b\",job=\"payments\"},"
                + " the worst of 2 series");
  }

  @Test
  void aRateOverTheWholeWindowFailsAtEveryEvaluation() {
    CheckResult r =
        run(
            window(
                "checkout-errors",
                "sum(rate(http_requests_total{job=\"checkout\",code=~\"5..\"}[5m]))"
                    + " / sum(rate(http_requests_total{job=\"checkout\"}[5m]))",
                Threshold.max(0.01),
                TEN_MINUTES,
                OnEmpty.ERROR));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith("0.05 > max 0.01 (checkout-errors)")
        .contains(
            "off limits at 61 of 61 evaluations over the last 10m (about 10m10s, from 10m ago");
  }

  @ParameterizedTest
  @CsvSource({
    "ERROR, ERROR, 'no data at 42 of 61 evaluations over the last 10m (from 10m ago to 3m10s ago)"
        + " (fresh): a misspelt metric'",
    "FAIL, FAIL, 'no data at 42 of 61 evaluations over the last 10m (from 10m ago to 3m10s ago),"
        + " and on-empty is fail (fresh)'",
    "PASS, PASS, 'held over the last 10m where there was data: 1 <= max 10 (fresh) at"
        + " fresh_gauge{instance=\"c\"}; no data at 42 of 61 evaluations'"
  })
  void evaluationsWithoutDataAreWhatOnEmptySays(OnEmpty onEmpty, Status status, String message) {
    CheckResult r = run(window("fresh", "fresh_gauge", Threshold.max(10), TEN_MINUTES, onEmpty));

    assertThat(r.status()).isEqualTo(status);
    assertThat(r.message()).startsWith(message);
    assertThat(r.details()).containsEntry("noDataEvaluations", 42);
  }

  @ParameterizedTest
  @CsvSource({"ERROR, ERROR", "PASS, PASS", "FAIL, FAIL"})
  void aWindowWithNoDataAtAllIsWhatOnEmptySays(OnEmpty onEmpty, Status status) {
    CheckResult r = run(window("typo", "no_such_metric", Threshold.max(1), TEN_MINUTES, onEmpty));

    assertThat(r.status()).isEqualTo(status);
    assertThat(r.message()).startsWith("no data over the last 10m");
  }
}
