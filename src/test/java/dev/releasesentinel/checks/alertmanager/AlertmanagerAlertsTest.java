package dev.releasesentinel.checks.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.checks.monitoring.testing.Alerts;
import dev.releasesentinel.checks.monitoring.testing.DeadlineContext;
import dev.releasesentinel.checks.monitoring.testing.Fleet;
import dev.releasesentinel.checks.monitoring.testing.SlowProxy;
import dev.releasesentinel.checks.monitoring.testing.Tools;
import dev.releasesentinel.checks.monitoring.testing.Upstreams;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code alertmanager.alerts} against a real Alertmanager holding the alerts of {@code Alerts}: one
 * firing for payments, one silenced, one inhibited.
 */
class AlertmanagerAlertsTest {

  private static final List<String> PAYMENTS =
      List.of("severity=~\"critical|page\"", "service=\"payments\"");

  private static CheckResult run(
      Upstream upstream, List<String> filter, boolean includeSilenced, DeadlineContext context) {
    AlertmanagerConfig config =
        new AlertmanagerConfig(
            upstream,
            List.of(
                AlertmanagerConfig.Alerts.of("payments", filter, includeSilenced, Severity.BLOCK)));
    try {
      return AlertmanagerChecks.of(
              config,
              Upstreams.http(Upstreams.redactor(upstream)),
              Upstreams.ENV,
              Upstreams.redactor(upstream),
              Clock.systemUTC())
          .get(0)
          .run(context);
    } catch (Exception e) {
      throw new AssertionError("checks report, they do not throw", e);
    }
  }

  private static CheckResult run(List<String> filter, boolean includeSilenced) {
    return run(
        Upstreams.withAuth(Fleet.alertmanager().url()),
        filter,
        includeSilenced,
        DeadlineContext.relaxed());
  }

  @Test
  void aFiringMatchFailsWithSummaryAgeAndGeneratorUrl() {
    CheckResult r = run(PAYMENTS, false);

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.id().value()).isEqualTo("alertmanager.alerts:payments");
    assertThat(r.message())
        .matches(
            "1 firing alert matches \\[severity=~\"critical\\|page\", service=\"payments\"\\]:"
                + " PaymentsHighErrors \\(firing for 1[2-9]m\\d*s?, \"5xx above 1% for 10 minutes\", "
                + java.util.regex.Pattern.quote(Alerts.GENERATOR)
                + "\\) \\(1 silenced: not counted; include-silenced: true counts them\\)");
    assertThat(r.details()).containsEntry("silenced", 1).containsEntry("firing", 1);
  }

  @Test
  void silencedAlertsCountWhenAskedTo() {
    CheckResult r = run(PAYMENTS, true);

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith(
            "2 firing alerts match [severity=~\"critical|page\", service=\"payments\"]:"
                + " PaymentsHighErrors (firing for 1")
        .contains("; PaymentsLatency [silenced] (firing for ")
        .endsWith("(1 silenced: counted, as include-silenced is true)");
  }

  @Test
  void anInhibitedAlertDoesNotBlockUnlessAsked() {
    List<String> ledger = List.of("severity=\"critical\"", "service=\"ledger\"");

    CheckResult quiet = run(ledger, false);
    assertThat(quiet.status()).isEqualTo(Status.PASS);
    assertThat(quiet.message())
        .isEqualTo(
            "no firing alert matches [severity=\"critical\", service=\"ledger\"] (1 inhibited: not"
                + " counted; include-silenced: true counts them)");

    CheckResult counted = run(ledger, true);
    assertThat(counted.status()).isEqualTo(Status.FAIL);
    assertThat(counted.message()).contains("LedgerErrors [inhibited] (firing for ");
  }

  @Test
  void noMatchPasses() {
    CheckResult r = run(List.of("service=\"search\""), false);

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).isEqualTo("no firing alert matches [service=\"search\"]");
  }

  @Test
  void aMatcherAlertmanagerRefusesIsAnErrorWithItsText() {
    // Java's regexes know lookahead; Go's (RE2) do not, so only the server can refuse this one.
    CheckResult r = run(List.of("service=~\"pay(?=ments)\""), false);

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "Alertmanager answered 400 to GET " + Fleet.alertmanager().url() + "/api/v2/alerts: ")
        .contains("error parsing regexp")
        .endsWith("(payments)");
  }

  @Test
  void withoutCredentialsTheServerWantsThem() {
    CheckResult r =
        run(
            Upstreams.withoutAuth(Fleet.alertmanager().url()),
            PAYMENTS,
            false,
            DeadlineContext.relaxed());

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "401 from GET "
                + Fleet.alertmanager().url()
                + "/api/v2/alerts: the server wants credentials");
  }

  @Test
  void aServerThatIsDownIsAnError() {
    int closed = Tools.freePort();
    CheckResult r =
        run(
            Upstreams.withAuth("http://127.0.0.1:" + closed),
            PAYMENTS,
            false,
            DeadlineContext.relaxed());

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).startsWith("connection refused from GET http://127.0.0.1:" + closed);
  }

  @Test
  void aServerSlowerThanTheRunsDeadlineIsCutOff() throws IOException {
    try (SlowProxy slow = SlowProxy.start(Fleet.alertmanager().port(), Duration.ofSeconds(5))) {
      CheckResult r =
          run(
              Upstreams.withAuth(slow.url()),
              PAYMENTS,
              false,
              DeadlineContext.withTimeLeft(Duration.ofMillis(700)));

      assertThat(r.status()).isEqualTo(Status.ERROR);
      assertThat(r.message())
          .startsWith("timeout from GET " + slow.url() + "/api/v2/alerts")
          .contains("(the run's deadline cut the request short)");
    }
  }
}
