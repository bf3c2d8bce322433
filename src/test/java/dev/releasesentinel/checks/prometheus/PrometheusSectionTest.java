package dev.releasesentinel.checks.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.checks.monitoring.Access;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The prometheus section as the family reads it, and each problem at its line and column. */
class PrometheusSectionTest {

  private static Config load(String yaml) throws ConfigException {
    return Families.loader()
        .parse(yaml, "x.yml", Optional.empty(), Path.of("/repo"))
        .select(Optional.empty());
  }

  private static void refused(String yaml, String at, String message) {
    assertThatThrownBy(() -> load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("x.yml:" + at + ":")
        .hasMessageContaining(message);
  }

  @Test
  void readsEveryKey() throws Exception {
    Config c =
        load(
            """
            prometheus:
              url: https://prom.internal/prometheus
              headers: { X-Scope-OrgID: tenant-1 }
              basic-auth: { username: gate, password: "${PROM_PASSWORD}" }
              timeout: 3s
              ca-file: certs/ca.pem
              attempts: 2
              backoff: 100ms
              max-backoff: 1s
              severity: critical
              queries:
                - { name: errors, query: sum(errors), max: 0.01, for: 10m, step: 30s, on-empty: pass }
                - { name: up, query: up, min: 1, severity: warn }
              alerts:
                - { name: payments, match: { service: payments } }
            """);
    PrometheusConfig p = PrometheusFamily.config(c).orElseThrow();
    assertThat(p.upstream().url().source()).isEqualTo("https://prom.internal/prometheus");
    assertThat(p.upstream().timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(p.upstream().access())
        .isEqualTo(
            new Access(
                Optional.of(Path.of("/repo/certs/ca.pem")),
                2,
                Duration.ofMillis(100),
                Duration.ofSeconds(1)));
    assertThat(p.upstream().basicAuth()).isPresent();
    PrometheusConfig.Query q = p.queries().get(0);
    assertThat(q.window()).contains(Duration.ofMinutes(10));
    assertThat(q.step()).contains(Duration.ofSeconds(30));
    assertThat(q.onEmpty()).isEqualTo(OnEmpty.PASS);
    assertThat(q.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(p.queries().get(1).severity()).isEqualTo(Severity.WARN);
    assertThat(p.alerts().get(0).match()).containsEntry("service", "payments");
  }

  @Test
  void plansOneCheckPerEntryAtItsLineWithoutOpeningAnything() throws Exception {
    Config c =
        load(
            """
            prometheus:
              url: http://127.0.0.1:1
              queries:
                - { name: errors, query: sum(errors), max: 0.01 }
              alerts:
                - { name: payments, match: { service: payments } }
            """);
    RunContext run =
        new RunContext(
            Path.of("."),
            Optional.empty(),
            Optional.empty(),
            Environment.of(Map.of()),
            Clock.systemUTC());
    List<Planned> planned =
        new PrometheusFamily(
                ctx -> {
                  throw new AssertionError("planning opens no HTTP client");
                })
            .plan(c, run);
    assertThat(planned)
        .extracting(p -> p.check().id().toString())
        .containsExactly("prometheus.query:errors", "prometheus.alerts:payments");
    assertThat(planned).extracting(p -> p.source().orElseThrow().line()).containsExactly(4, 6);
    assertThat(planned).allMatch(p -> p.kind().canHeal());
  }

  @Test
  void refusesAQueryWithoutLimits() {
    refused(
        """
        prometheus:
          url: http://prom:9090
          queries:
            - { name: errors, query: sum(errors) }
        """,
        "4:7",
        "give max, min, warn or critical");
  }

  @Test
  void refusesMinAboveMax() {
    refused(
        """
        prometheus:
          url: http://prom:9090
          queries:
            - name: errors
              query: sum(errors)
              max: 1
              min: 2
        """,
        "4:7",
        "min is above max: no value could pass");
  }

  @Test
  void refusesAStepWithoutAWindow() {
    refused(
        """
        prometheus:
          url: http://prom:9090
          queries:
            - name: errors
              query: sum(errors)
              max: 1
              step: 15s
        """,
        "7:13",
        "step needs for");
  }

  @Test
  void refusesAWindowPast360h() {
    refused(
        """
        prometheus:
          url: http://prom:9090
          queries: [{ name: e, query: x, max: 1, for: 400h }]
        """,
        "3:47",
        "'400h' is not from 1s to 360h");
  }

  @Test
  void refusesAnUnknownOnEmptyWord() {
    refused(
        """
        prometheus:
          url: http://prom:9090
          queries: [{ name: e, query: x, max: 1, on-empty: ignore }]
        """,
        "3:52",
        "unknown on-empty 'ignore'");
  }

  @Test
  void refusesABadRegexInAMatch() {
    refused(
        """
        prometheus:
          url: http://prom:9090
          alerts:
            - name: payments
              match: { service: "pay(" }
        """,
        "5:25",
        "match.service is not a valid regular expression");
  }

  @Test
  void refusesAUrlWithAQuery() {
    refused(
        """
        prometheus:
          url: http://prom:9090/?x=1
          alerts: [{ name: a }]
        """,
        "2:8",
        "has a query or fragment");
  }

  @Test
  void refusesASecretInTheHost() {
    refused(
        """
        env: { secrets: [PROM_HOST] }
        prometheus:
          url: http://${PROM_HOST}:9090
          alerts: [{ name: a }]
        """,
        "3:8",
        "${PROM_HOST} is a secret");
  }

  @Test
  void refusesASectionThatChecksNothing() {
    refused(
        """
        prometheus:
          url: http://prom:9090
        """,
        "2:3",
        "give queries");
  }

  @Test
  void refusesANameUsedTwice() {
    refused(
        """
        prometheus:
          url: http://prom:9090
          queries:
            - { name: e, query: x, max: 1 }
            - { name: e, query: y, max: 1 }
        """,
        "5:15",
        "the name e is used twice");
  }

  @Test
  void refusesBasicAuthWithoutAPassword() {
    refused(
        """
        prometheus:
          url: http://prom:9090
          basic-auth: { username: gate }
          alerts: [{ name: a }]
        """,
        "3:15",
        "password is required");
  }

  @Test
  void refusesBackoffAboveMaxBackoff() {
    refused(
        """
        prometheus:
          url: http://prom:9090
          backoff: 10s
          alerts: [{ name: a }]
        """,
        "3:3",
        "backoff is above max-backoff");
  }
}
