package dev.releasesentinel.checks.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.api.testing.Yaml;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.http.Attempt;
import dev.releasesentinel.http.Exchange;
import dev.releasesentinel.http.HttpRequest;
import dev.releasesentinel.http.Judgement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Messages from literal exchanges: what a person reads in the report. */
class ApiResultsTest {

  private static final HttpRequest REQUEST =
      new HttpRequest(
          "GET",
          "https://payments.internal/health",
          "https://payments.internal/health",
          Map.of("Authorization", "Bearer secret-value"),
          Optional.empty(),
          Optional.empty(),
          Duration.ofSeconds(5));

  private static final Check CHECK =
      Endpoints.checks(Yaml.endpoint("https://payments.internal/health"), Map.of()).get(0);

  private static Exchange.Step step(int status, long latencyMs, Judgement j, long waitMs) {
    return new Exchange.Step(
        Attempt.answered(status, Duration.ofMillis(latencyMs), "", false, Optional.empty()),
        j,
        Duration.ofMillis(waitMs));
  }

  private static Exchange.Step s503(long waitMs) {
    return step(503, 20, Judgement.retry("503", "expected 2xx"), waitMs);
  }

  @Test
  void passesAfterRetriesNamingTheFailedAttempts() {
    Exchange ex =
        new Exchange(
            List.of(s503(0), s503(500), step(200, 143, Judgement.pass("200"), 1000)),
            Exchange.End.DONE,
            Duration.ofMillis(1700));

    CheckResult r = ApiResults.of(CHECK, REQUEST, ex, 3);

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).isEqualTo("200 in 143 ms after 2 failed attempts (503 ×2)");
    assertThat(r.attempts()).isEqualTo(3);
    assertThat(r.details().get("attempts"))
        .isEqualTo(
            List.of(
                Map.of("attempt", 1, "status", 503, "latencyMs", 20L, "reason", "expected 2xx"),
                Map.of(
                    "attempt",
                    2,
                    "waitMs",
                    500L,
                    "status",
                    503,
                    "latencyMs",
                    20L,
                    "reason",
                    "expected 2xx"),
                Map.of("attempt", 3, "waitMs", 1000L, "status", 200, "latencyMs", 143L)));
  }

  @Test
  void failsASustainedFailure() {
    Exchange ex =
        new Exchange(
            List.of(s503(0), s503(500), s503(1000)), Exchange.End.DONE, Duration.ofMillis(2400));

    CheckResult r = ApiResults.of(CHECK, REQUEST, ex, 3);

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).isEqualTo("503 ×3 over 2.4 s — sustained failure: expected 2xx");
  }

  @Test
  void oneFailedAttemptIsNotASustainedFailure() {
    Exchange ex = new Exchange(List.of(s503(0)), Exchange.End.DONE, Duration.ofMillis(20));

    CheckResult r = ApiResults.of(CHECK, REQUEST, ex, 1);

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .doesNotContain("sustained")
        .startsWith("503 from ")
        .endsWith(": expected 2xx");
    assertThat(r.tries())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.status()).hasValue(503);
              assertThat(t.latency()).isEqualTo(Duration.ofMillis(20));
              assertThat(t.problem()).contains("expected 2xx");
            });
  }

  @Test
  void listsDifferentFailuresInOrder() {
    Exchange.Step timeout =
        new Exchange.Step(
            Attempt.failed(Attempt.Failure.TIMEOUT, "no answer", Duration.ofSeconds(5)),
            Judgement.retry("timeout", "no answer from payments.internal:443 within 5s"),
            Duration.ofMillis(500));
    Exchange ex =
        new Exchange(
            List.of(s503(0), timeout, timeout), Exchange.End.DONE, Duration.ofMillis(11_600));

    CheckResult r = ApiResults.of(CHECK, REQUEST, ex, 3);

    assertThat(r.message())
        .isEqualTo(
            "503, timeout ×2 over 11.6 s — sustained failure: no answer from"
                + " payments.internal:443 within 5s");
  }

  @Test
  void errorsWhenTheDeadlineCutTheAttemptsShort() {
    Exchange ex = new Exchange(List.of(s503(0)), Exchange.End.NO_TIME, Duration.ofMillis(300));

    CheckResult r = ApiResults.of(CHECK, REQUEST, ex, 3);

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo(
            "503 over 300 ms, then the run's deadline left no time for attempt 2 of 3 (last:"
                + " expected 2xx): raise --timeout or the config's timeout, or lower this"
                + " endpoint's timeout or attempts");
  }

  @Test
  void neverShowsHeaderValues() {
    Exchange ex = new Exchange(List.of(s503(0)), Exchange.End.DONE, Duration.ofMillis(30));

    assertThat(ApiResults.of(CHECK, REQUEST, ex, 1).toString()).doesNotContain("secret-value");
    assertThat(REQUEST.toString()).doesNotContain("secret-value");
  }
}
