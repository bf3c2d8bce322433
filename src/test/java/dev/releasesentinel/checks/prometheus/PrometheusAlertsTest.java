package dev.releasesentinel.checks.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.checks.monitoring.testing.DeadlineContext;
import dev.releasesentinel.checks.monitoring.testing.Fleet;
import dev.releasesentinel.checks.monitoring.testing.Upstreams;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code prometheus.alerts} against a real Prometheus evaluating the rules of {@code Rules}. */
class PrometheusAlertsTest {

  private static CheckResult run(Upstream upstream, Map<String, String> match) {
    PrometheusConfig config =
        new PrometheusConfig(
            upstream,
            List.of(),
            List.of(new PrometheusConfig.AlertMatch("gate", match, Severity.CRITICAL)));
    try {
      return PrometheusChecks.of(
              config,
              Upstreams.http(Upstreams.redactor(upstream)),
              Upstreams.ENV,
              Upstreams.redactor(upstream),
              Clock.systemUTC())
          .get(0)
          .run(DeadlineContext.relaxed());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static CheckResult run(Map<String, String> match) {
    return run(Upstreams.withAuth(Fleet.prometheus().url()), match);
  }

  @Test
  void aFiringMatchFailsWithItsSummaryAgeAndLink() {
    CheckResult r = run(Map.of("severity", "critical|page", "service", "payments"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.id().value()).isEqualTo("prometheus.alerts:gate");
    assertThat(r.message())
        .matches(
            "1 firing alert matches \\{(severity=~\"critical\\|page\",service=~\"payments\""
                + "|service=~\"payments\",severity=~\"critical\\|page\")\\}: PaymentsDown \\(firing"
                + " for \\d+s, \"Payments API is down\", "
                + java.util.regex.Pattern.quote(Fleet.prometheus().url())
                + "/graph\\?g0.expr=vector%281%29&g0.tab=1\\)");
  }

  @Test
  void aPendingAlertDoesNotBlock() {
    CheckResult r = run(Map.of("service", "search"));

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .startsWith("no firing alert matches {service=~\"search\"} (4 alerting rules; ")
        .endsWith("; 1 pending, not firing yet)");
  }

  @Test
  void regexesMatchWholeValues() {
    assertThat(run(Map.of("service", "pay")).status()).isEqualTo(Status.PASS);
    assertThat(run(Map.of("service", "pay.*")).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void anAbsentLabelIsEmpty() {
    assertThat(run(Map.of("team", "")).status()).isEqualTo(Status.FAIL);
    assertThat(run(Map.of("team", ".+")).status()).isEqualTo(Status.PASS);
  }

  @Test
  void manyFiringAlertsAreListedUpToACapWithTheTotal() {
    CheckResult r = run(Map.of("service", "billing"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith("7 firing alerts match {service=~\"billing\"}: BillingShardDown (firing for ")
        .endsWith("; and 2 more (7 in all)");
    assertThat(r.details()).containsEntry("firing", 7);
    assertThat((List<?>) r.details().get("alerts")).hasSize(7);
  }

  @Test
  void withoutCredentialsTheServerWantsThem() {
    CheckResult r = run(Upstreams.withoutAuth(Fleet.prometheus().url()), Map.of("service", "x"));

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "401 from GET "
                + Fleet.prometheus().url()
                + "/api/v1/rules: the server wants credentials")
        .endsWith("(gate)");
  }
}
