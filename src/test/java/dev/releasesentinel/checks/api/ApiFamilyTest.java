package dev.releasesentinel.checks.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.http.Attempt;
import dev.releasesentinel.http.Exchange;
import dev.releasesentinel.http.HealthRule;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.http.HttpRequest;
import dev.releasesentinel.http.Retries;
import dev.releasesentinel.testing.RunOne;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApiFamilyTest {

  @Test
  void makesOneCheckPerEndpointWithItsSeverity() {
    List<Check> checks =
        Endpoints.checks(
            """
            api:
              severity: warn
              endpoints:
                - { name: payments, url: "https://p.internal/health", severity: critical }
                - { name: search, url: "http://s.internal/ping", method: HEAD }
            """,
            Map.of());

    assertThat(checks)
        .extracting(c -> c.id().value())
        .containsExactly("api:payments", "api:search");
    assertThat(checks).extracting(c -> c.severity().label()).containsExactly("critical", "warn");
    assertThat(checks.get(1).description()).isEqualTo("HEAD http://s.internal/ping");
  }

  @Test
  void makesNoCheckWithoutAnApiSection() {
    assertThat(
            new ApiFamily()
                .checks(
                    Endpoints.config("git: {}\n", Path.of(".")), Endpoints.runContext(Map.of())))
        .isEmpty();
  }

  /** A probe that answers 200 with the request's url as its body, without any network. */
  static final class EchoProbe implements HttpProbe {
    final List<String> urls = new CopyOnWriteArrayList<>();

    @Override
    public Exchange exchange(
        HttpRequest request, Retries retries, HealthRule rule, CheckContext context) {
      urls.add(request.url());
      Attempt a =
          Attempt.answered(200, Duration.ofMillis(1), request.url(), false, Optional.empty());
      return new Exchange(
          List.of(new Exchange.Step(a, rule.judge(a), Duration.ZERO)),
          Exchange.End.DONE,
          Duration.ofMillis(1));
    }
  }

  @Test
  void theEndpointsOfARunShareOneProbeOpenedWhenTheFirstRuns() {
    AtomicInteger opened = new AtomicInteger();
    EchoProbe probe = new EchoProbe();
    ApiFamily family =
        new ApiFamily(
            context -> {
              opened.incrementAndGet();
              return probe;
            });
    List<Check> checks =
        family.checks(
            Endpoints.config(
                """
                api:
                  endpoints:
                    - { name: a, url: "http://a.internal/health", expect: { body-contains: a.internal } }
                    - { name: b, url: "http://b.internal/${PATH_PART}" }
                """,
                Path.of(".")),
            Endpoints.runContext(Map.of("PATH_PART", "ping")));
    assertThat(opened).hasValue(0);

    List<CheckResult> results = checks.stream().map(RunOne::result).toList();

    assertThat(results).extracting(CheckResult::status).containsOnly(Status.PASS);
    assertThat(probe.urls).containsExactly("http://a.internal/health", "http://b.internal/ping");
    assertThat(opened).hasValue(1);
  }

  @Test
  void aRequestThatCannotBeMadeIsAnErrorNamingTheUrlWithNoAttempt() {
    ApiFamily family =
        new ApiFamily(
            context ->
                (request, retries, rule, ctx) -> {
                  throw new CannotObserve("cannot read ca-file ca.pem: gone")
                      .withDetail("url", request.displayUrl())
                      .withAttempts(0);
                });
    Check check =
        family
            .checks(
                Endpoints.config(
                    "api:\n  endpoints:\n    - { name: a, url: \"https://a.internal/${P}\" }\n",
                    Path.of(".")),
                Endpoints.runContext(Map.of("P", "x")))
            .get(0);

    CheckResult r = RunOne.result(check);

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).isEqualTo("cannot read ca-file ca.pem: gone");
    assertThat(r.details()).containsEntry("url", "https://a.internal/${P}");
    assertThat(r.attempts()).isZero();
  }
}
