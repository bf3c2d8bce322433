package dev.releasesentinel.checks.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.releasesentinel.checks.api.testing.RecordingContext;
import dev.releasesentinel.checks.api.testing.Yaml;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRetryIT {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().containerThreads(40))
          .build();

  private static String url(String path) {
    return "http://localhost:" + wm.getPort() + path;
  }

  private static CheckResult run(String yaml, RecordingContext ctx) throws Exception {
    Check check = Endpoints.checks(yaml, Map.of()).get(0);
    return check.run(ctx);
  }

  @Test
  void passesOnTheThirdAttemptAfterTwo503s() throws Exception {
    wm.stubFor(
        get("/health")
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(serviceUnavailable())
            .willSetStateTo("second"));
    wm.stubFor(
        get("/health")
            .inScenario("flaky")
            .whenScenarioStateIs("second")
            .willReturn(serviceUnavailable())
            .willSetStateTo("third"));
    wm.stubFor(
        get("/health").inScenario("flaky").whenScenarioStateIs("third").willReturn(ok("UP")));

    RecordingContext ctx = RecordingContext.relaxed();
    CheckResult r =
        run(
            Yaml.endpoint(url("/health"), "attempts: 3", "backoff: 20ms", "max-backoff: 100ms"),
            ctx);

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.attempts()).isEqualTo(3);
    assertThat(r.message()).matches("200 in \\d+ ms after 2 failed attempts \\(503 ×2\\)");
    wm.verify(exactly(3), getRequestedFor(urlEqualTo("/health")));
    assertThat(attempts(r)).extracting(m -> m.get("status")).containsExactly(503, 503, 200);
    assertThat(attempts(r)).allSatisfy(m -> assertThat(m).containsKey("latencyMs"));
    assertThat(ctx.waits()).hasSize(2);
    assertThat(ctx.activities()).contains("GET " + url("/health") + " (attempt 3 of 3)");
  }

  @Test
  void failsAfterEveryAttemptOfASustained503WithGrowingWaits() throws Exception {
    wm.stubFor(get("/down").willReturn(serviceUnavailable()));
    RecordingContext ctx = RecordingContext.relaxed();
    ApiCheck check =
        Endpoints.withoutJitter(
            Yaml.endpoint(url("/down"), "attempts: 4", "backoff: 200ms", "max-backoff: 2s"),
            Map.of());

    CheckResult r = check.run(ctx);

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.attempts()).isEqualTo(4);
    assertThat(r.message()).matches("503 ×4 over [0-9.]+ m?s — sustained failure: expected 2xx");
    wm.verify(exactly(4), getRequestedFor(urlEqualTo("/down")));
    assertThat(ctx.waits())
        .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
    List<Long> at =
        wm.findAll(getRequestedFor(urlEqualTo("/down"))).stream()
            .map(e -> e.getLoggedDate().getTime())
            .sorted()
            .toList();
    long gap1 = at.get(1) - at.get(0);
    long gap2 = at.get(2) - at.get(1);
    long gap3 = at.get(3) - at.get(2);
    // A gap is the wait plus the tail of one attempt and the head of the next: at least the wait.
    assertThat(gap1).isGreaterThanOrEqualTo(195);
    assertThat(gap2).isGreaterThanOrEqualTo(395);
    assertThat(gap3).isGreaterThanOrEqualTo(795).isGreaterThan(gap1);
  }

  @Test
  void doesNotRetryA404() throws Exception {
    wm.stubFor(get("/missing").willReturn(status(404)));
    CheckResult r =
        run(
            Yaml.endpoint(url("/missing"), "attempts: 3", "backoff: 10ms"),
            RecordingContext.relaxed());

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(r.message())
        .startsWith("404 from GET " + url("/missing") + ": expected 2xx; not retried");
    wm.verify(exactly(1), getRequestedFor(urlEqualTo("/missing")));
  }

  @Test
  void waitsAsRetryAfterAsksOnA429() throws Exception {
    wm.stubFor(
        get("/limited")
            .inScenario("rate")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(status(429).withHeader("Retry-After", "1"))
            .willSetStateTo("calm"));
    wm.stubFor(get("/limited").inScenario("rate").whenScenarioStateIs("calm").willReturn(ok()));
    RecordingContext ctx = RecordingContext.relaxed();
    long start = System.nanoTime();

    CheckResult r =
        run(Yaml.endpoint(url("/limited"), "attempts: 2", "backoff: 10ms", "max-backoff: 5s"), ctx);

    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).contains("after 1 failed attempt (429)");
    assertThat(ctx.waits()).containsExactly(Duration.ofSeconds(1));
    List<Long> at =
        wm.findAll(getRequestedFor(urlEqualTo("/limited"))).stream()
            .map(e -> e.getLoggedDate().getTime())
            .sorted()
            .toList();
    long gap = at.get(1) - at.get(0);
    assertThat(gap).isBetween(950L, 3_000L);
    assertThat(tookMs).isLessThan(6_000);
  }

  @Test
  void capsRetryAfterAtMaxBackoff() throws Exception {
    wm.stubFor(get("/busy").willReturn(status(503).withHeader("Retry-After", "3600")));
    RecordingContext ctx = RecordingContext.relaxed();

    CheckResult r =
        run(Yaml.endpoint(url("/busy"), "attempts: 2", "backoff: 10ms", "max-backoff: 150ms"), ctx);

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(ctx.waits()).containsExactly(Duration.ofMillis(150));
  }

  /**
   * OkHttp repeats a 503 that says {@code Retry-After: 0} once inside the same call, whatever its
   * retryOnConnectionFailure; each request the server answers is one attempt, and the count must
   * say so.
   */
  @ParameterizedTest
  @ValueSource(strings = {"0", "00"})
  void a503WithRetryAfterZeroCostsOneAttemptPerRequest(String zero) throws Exception {
    wm.stubFor(get("/now").willReturn(status(503).withHeader("Retry-After", zero)));
    CheckResult r =
        run(Yaml.endpoint(url("/now"), "attempts: 3", "backoff: 10ms"), RecordingContext.relaxed());

    assertThat(r.status()).isEqualTo(Status.FAIL);
    wm.verify(exactly(3), getRequestedFor(urlEqualTo("/now")));
    assertThat(r.attempts()).isEqualTo(3);
  }

  @Test
  void retriesAnAnswerSlowerThanTheAttemptTimeout() throws Exception {
    wm.stubFor(get("/slow").willReturn(ok("late").withFixedDelay(3_000)));
    long start = System.nanoTime();

    CheckResult r =
        run(
            Yaml.endpoint(url("/slow"), "timeout: 300ms", "attempts: 2", "backoff: 10ms"),
            RecordingContext.relaxed());

    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith("timeout ×2 over")
        .contains("sustained failure: no answer from localhost:" + wm.getPort() + " within 300ms");
    assertThat(attempts(r)).extracting(m -> m.get("error")).containsExactly("timeout", "timeout");
    wm.verify(exactly(2), getRequestedFor(urlEqualTo("/slow")));
    assertThat(tookMs).isLessThan(4_000);
  }

  @Test
  void namesAConnectionResetByThePeer() throws Exception {
    wm.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    CheckResult r =
        run(
            Yaml.endpoint(url("/reset"), "attempts: 2", "backoff: 10ms"),
            RecordingContext.relaxed());

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith("connection reset ×2 over")
        .contains("connection reset by localhost:" + wm.getPort());
    wm.verify(exactly(2), getRequestedFor(urlEqualTo("/reset")));
  }

  @Test
  void namesARefusedConnection() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }

    CheckResult r =
        run(
            Yaml.endpoint(
                "http://127.0.0.1:" + closedPort + "/health", "attempts: 2", "backoff: 10ms"),
            RecordingContext.relaxed());

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(r.message())
        .startsWith("connection refused ×2 over")
        .contains("connection refused by 127.0.0.1:" + closedPort + ": nothing listens there");
  }

  @Test
  void stopsAtTheRunDeadlineDuringAHang() throws Exception {
    wm.stubFor(get("/hang").willReturn(ok().withFixedDelay(10_000)));
    RecordingContext ctx = RecordingContext.withTimeLeft(Duration.ofMillis(700));
    long start = System.nanoTime();

    CheckResult r =
        run(Yaml.endpoint(url("/hang"), "timeout: 5s", "attempts: 3", "backoff: 10ms"), ctx);

    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith("timeout over")
        .contains("the run's deadline left no time for attempt 2 of 3")
        .contains("raise --timeout");
    assertThat(tookMs).isLessThan(3_000);
    wm.verify(exactly(1), getRequestedFor(urlEqualTo("/hang")));
  }

  @Test
  void neverWaitsPastTheRunDeadline() throws Exception {
    wm.stubFor(get("/down").willReturn(serviceUnavailable()));
    RecordingContext ctx = RecordingContext.withTimeLeft(Duration.ofSeconds(3));
    long start = System.nanoTime();

    CheckResult r =
        run(Yaml.endpoint(url("/down"), "attempts: 5", "backoff: 5s", "max-backoff: 10s"), ctx);

    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(r.message()).startsWith("503 over").contains("no time for attempt 2 of 5");
    assertThat(ctx.waits()).isEmpty();
    assertThat(tookMs).isLessThan(2_900);
  }

  @Test
  void stopsPromptlyWhenTheRunCancelsTheCheck() throws Exception {
    wm.stubFor(get("/hang").willReturn(ok().withFixedDelay(10_000)));
    RecordingContext ctx = RecordingContext.relaxed();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(ctx::cancel, 300, TimeUnit.MILLISECONDS);
      long start = System.nanoTime();

      CheckResult r = run(Yaml.endpoint(url("/hang"), "timeout: 5s"), ctx);

      long tookMs = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.status()).isEqualTo(Status.ERROR);
      assertThat(r.message()).startsWith("cancelled before the first attempt");
      assertThat(tookMs).isLessThan(3_000);
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void stopsPromptlyWhenItsThreadIsInterrupted() throws Exception {
    wm.stubFor(get("/hang").willReturn(ok().withFixedDelay(10_000)));
    Check check = Endpoints.checks(Yaml.endpoint(url("/hang"), "timeout: 5s"), Map.of()).get(0);
    CheckResult[] result = new CheckResult[1];
    Thread t =
        new Thread(
            () -> {
              try {
                result[0] = check.run(RecordingContext.relaxed());
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
    t.start();
    Thread.sleep(300);
    t.interrupt();
    t.join(3_000);

    assertThat(t.isAlive()).isFalse();
    assertThat(result[0].status()).isEqualTo(Status.ERROR);
    assertThat(result[0].message()).contains("cancelled");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> attempts(CheckResult r) {
    return ((List<Map<String, Object>>) r.details().get("attempts"))
        .stream().sorted(Comparator.comparing(m -> (Integer) m.get("attempt"))).toList();
  }
}
