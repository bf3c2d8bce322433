package dev.releasesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.api.testing.RecordingContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The retry policy on its own, with attempts that answer as told: which attempts happen, the waits
 * between them, the countdown, and how the sequence ends. WireMock and real waits: ApiRetryIT.
 */
class AttemptsTest {

  static final HttpRequest REQUEST =
      new HttpRequest(
          "GET",
          "http://svc/health",
          "http://svc/health",
          Map.of(),
          Optional.empty(),
          Optional.empty(),
          Duration.ofSeconds(5));

  /** Answers in this order; records the budget each attempt was given. */
  static class Script implements Function<Duration, Attempt> {
    final Deque<Attempt> answers = new ArrayDeque<>();
    final List<Duration> budgets = new ArrayList<>();

    Script(Attempt... answers) {
      this.answers.addAll(List.of(answers));
    }

    @Override
    public Attempt apply(Duration budget) {
      budgets.add(budget);
      return answers.removeFirst();
    }
  }

  static Attempt status(int code) {
    return Attempt.answered(code, Duration.ofMillis(3), "", false, Optional.empty());
  }

  static Attempt status(int code, String retryAfter) {
    return Attempt.answered(code, Duration.ofMillis(3), "", false, Optional.of(retryAfter));
  }

  /** 2xx passes, 5xx and 429 are retried, other 4xx are not. */
  static final HealthRule RULE =
      a ->
          !a.answered()
              ? HealthRule.transport(a)
              : a.status() < 300
                  ? Judgement.pass(Integer.toString(a.status()))
                  : a.status() >= 500 || a.status() == 429
                      ? Judgement.retry(Integer.toString(a.status()), "expected 2xx")
                      : Judgement.stop(Integer.toString(a.status()), "expected 2xx");

  static Exchange run(Script script, Retries retries, RecordingContext ctx) {
    return Attempts.run(script, REQUEST, retries.withoutJitter(), RULE, ctx, Clock.systemUTC());
  }

  @Test
  void retriesUnhealthyAnswersWithDoublingWaitsUntilOnePasses() {
    Script script = new Script(status(503), status(503), status(200));
    RecordingContext ctx = RecordingContext.relaxed();

    Exchange ex = run(script, Retries.of(4, Duration.ofMillis(10), Duration.ofSeconds(1)), ctx);

    assertThat(ex.end()).isEqualTo(Exchange.End.DONE);
    assertThat(ex.steps())
        .extracting(s -> s.judgement().label())
        .containsExactly("503", "503", "200");
    assertThat(ex.steps())
        .extracting(Exchange.Step::waitBefore)
        .containsExactly(Duration.ZERO, Duration.ofMillis(10), Duration.ofMillis(20));
    assertThat(ctx.waits()).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    assertThat(ctx.waitReasons())
        .containsExactly("attempt 1 of 4 got 503", "attempt 2 of 4 got 503");
    assertThat(ctx.activities())
        .containsExactly(
            "GET http://svc/health (attempt 1 of 4)",
            "GET http://svc/health (attempt 2 of 4)",
            "GET http://svc/health (attempt 3 of 4)");
  }

  @Test
  void usesEveryAttemptOnASustainedFailure() {
    Script script = new Script(status(503), status(503), status(503));

    Exchange ex =
        run(
            script,
            Retries.of(3, Duration.ofMillis(1), Duration.ofMillis(5)),
            RecordingContext.relaxed());

    assertThat(ex.steps()).hasSize(3);
    assertThat(ex.end()).isEqualTo(Exchange.End.DONE);
    assertThat(script.answers).isEmpty();
  }

  @Test
  void anAnswerNoRetryCanHealAbortsTheRetries() {
    Script script = new Script(status(404), status(200));

    Exchange ex =
        run(
            script,
            Retries.of(3, Duration.ofMillis(1), Duration.ofMillis(5)),
            RecordingContext.relaxed());

    assertThat(ex.steps()).hasSize(1);
    assertThat(ex.last().judgement().kind()).isEqualTo(Judgement.Kind.STOP);
    assertThat(ex.end()).isEqualTo(Exchange.End.DONE);
  }

  @Test
  void aRetryAfterHintIsWaitedInsteadOfAShorterBackoff() {
    Script script = new Script(status(429, "1"), status(200));
    RecordingContext ctx = RecordingContext.relaxed();

    Exchange ex = run(script, Retries.of(2, Duration.ofMillis(10), Duration.ofSeconds(5)), ctx);

    assertThat(ctx.waits()).containsExactly(Duration.ofSeconds(1));
    assertThat(ex.last().waitBefore()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aWaitThatLeavesTheNextAttemptNoTimeIsNeverStarted() {
    Script script = new Script(status(503), status(200));
    RecordingContext ctx = RecordingContext.withTimeLeft(Duration.ofSeconds(3));

    Exchange ex = run(script, Retries.of(5, Duration.ofSeconds(5), Duration.ofSeconds(10)), ctx);

    assertThat(ex.steps()).hasSize(1);
    assertThat(ex.end()).isEqualTo(Exchange.End.NO_TIME);
    assertThat(ctx.waits()).isEmpty();
  }

  @Test
  void eachAttemptsBudgetIsCutToTheTimeLeft() {
    Script script = new Script(status(200));
    RecordingContext ctx = RecordingContext.withTimeLeft(Duration.ofSeconds(2));

    run(script, Retries.of(1, Duration.ofMillis(1), Duration.ofMillis(5)), ctx);

    assertThat(script.budgets)
        .singleElement()
        .satisfies(b -> assertThat(b).isLessThanOrEqualTo(Duration.ofSeconds(2)));
  }

  @Test
  void aTimeoutTheDeadlineCausedEndsForLackOfTime() {
    Script script =
        new Script(
            Attempt.failed(
                Attempt.Failure.TIMEOUT, "no answer from svc:80 within 2s", Duration.ofSeconds(2)));
    RecordingContext ctx = RecordingContext.withTimeLeft(Duration.ofSeconds(2));

    Exchange ex = run(script, Retries.of(1, Duration.ofMillis(1), Duration.ofMillis(5)), ctx);

    assertThat(ex.last().attempt().cutByDeadline()).isTrue();
    assertThat(ex.last().judgement().reason())
        .endsWith("(the run's deadline cut the attempt short)");
    assertThat(ex.end()).isEqualTo(Exchange.End.NO_TIME);
  }

  @Test
  void aCancelledRunStopsBeforeTheNextAttempt() {
    RecordingContext ctx = RecordingContext.relaxed();
    Script script =
        new Script(status(503), status(200)) {
          @Override
          public Attempt apply(Duration budget) {
            ctx.cancel(); // the run gives up while the first attempt is out
            return super.apply(budget);
          }
        };

    Exchange ex = run(script, Retries.of(3, Duration.ofMillis(1), Duration.ofMillis(5)), ctx);

    assertThat(ex.steps()).hasSize(1);
    assertThat(ex.end()).isEqualTo(Exchange.End.CANCELLED);
  }

  @Test
  void aCancelledAttemptIsNoStep() {
    Script script =
        new Script(Attempt.failed(Attempt.Failure.CANCELLED, "cancelled", Duration.ZERO));

    Exchange ex =
        run(
            script,
            Retries.of(3, Duration.ofMillis(1), Duration.ofMillis(5)),
            RecordingContext.relaxed());

    assertThat(ex.isEmpty()).isTrue();
    assertThat(ex.end()).isEqualTo(Exchange.End.CANCELLED);
  }
}
