package dev.releasesentinel.http;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.releasesentinel.engine.CheckContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The attempts at one request as a Failsafe {@link RetryPolicy} (docs/checks/api.md, "Attempts,
 * waits and the deadline"): an unhealthy answer is retried, one the rule says no retry can heal
 * aborts, the wait is {@link Backoff}'s (the policy's delay function), a wait that would leave the
 * next attempt too little time before the run's deadline is never started, and the retry's
 * scheduling is the countdown the run shows. Each attempt runs under its own time limit ({@link
 * OkHttpAttempt#within}).
 */
final class Attempts {

  /**
   * The least time worth starting an attempt with: a shorter one would only time out. A wait that
   * leaves less than this before the deadline is not started.
   */
  static final Duration MIN_ATTEMPT = Duration.ofMillis(200);

  private Attempts() {}

  /**
   * What one attempt gave the policy: its judged step with what the wait after it depends on (its
   * Retry-After hint and a draw for the jitter), or, when no attempt was made or counted, why.
   */
  private record Try(
      int number, Exchange.Step step, Optional<Duration> hint, double draw, Exchange.End stopped) {

    static Try stopped(int number, Exchange.End why) {
      return new Try(number, null, Optional.empty(), 0.5, why);
    }

    boolean unhealthy() {
      return step != null && !step.judgement().passed();
    }

    boolean notRetryable() {
      return step != null && step.judgement().kind() == Judgement.Kind.STOP;
    }
  }

  /**
   * @param attempt makes one attempt within the budget it is given ({@link OkHttpAttempt#within})
   */
  static Exchange run(
      Function<Duration, Attempt> attempt,
      HttpRequest request,
      Retries retries,
      HealthRule rule,
      CheckContext ctx,
      Clock clock) {
    Backoff backoff = new Backoff(retries.backoff(), retries.maxBackoff());
    List<Exchange.Step> steps = new ArrayList<>();
    RetryPolicy<Try> policy =
        RetryPolicy.<Try>builder()
            .handleResultIf(Try::unhealthy)
            .abortIf(Try::notRetryable)
            // Decided right after the wait is: stop when the run gave up, or when the next attempt
            // would not fit before the deadline.
            .abortIf(
                t ->
                    ctx.cancelled()
                        || !roomFor(wait(backoff, t), ctx.remaining(), request.timeout()))
            .withMaxAttempts(retries.attempts())
            .withDelayFn(e -> wait(backoff, e.getLastResult()))
            .onRetryScheduled(
                e ->
                    ctx.waiting(
                        e.getDelay(),
                        "attempt "
                            + e.getLastResult().number()
                            + " of "
                            + retries.attempts()
                            + " got "
                            + e.getLastResult().step().judgement().label()))
            .build();
    long start = System.nanoTime();
    Exchange.End end;
    try {
      Try last =
          Failsafe.with(policy)
              .get(
                  f -> {
                    Try previous = f.getLastResult();
                    int n = previous == null ? 1 : previous.number() + 1;
                    Duration waited = previous == null ? Duration.ZERO : wait(backoff, previous);
                    return one(attempt, request, retries, rule, ctx, clock, n, waited, steps);
                  });
      end = end(last, steps, retries, ctx);
    } catch (FailsafeException e) {
      if (!(e.getCause() instanceof InterruptedException)) {
        throw e;
      }
      end = Exchange.End.CANCELLED; // interrupted while waiting for the next attempt
    }
    return new Exchange(steps, end, Duration.ofNanos(System.nanoTime() - start));
  }

  private static Try one(
      Function<Duration, Attempt> attempt,
      HttpRequest request,
      Retries retries,
      HealthRule rule,
      CheckContext ctx,
      Clock clock,
      int n,
      Duration waited,
      List<Exchange.Step> steps) {
    if (ctx.cancelled()) {
      return Try.stopped(n, Exchange.End.CANCELLED);
    }
    Duration left = ctx.remaining();
    if (left.compareTo(Duration.ofMillis(1)) < 0) {
      return Try.stopped(n, Exchange.End.NO_TIME);
    }
    boolean clipped = left.compareTo(request.timeout()) < 0;
    Duration budget = clipped ? left : request.timeout();
    ctx.activity(request.describe() + " (attempt " + n + " of " + retries.attempts() + ")");
    Attempt a = attempt.apply(budget);
    if (a.failure() == Attempt.Failure.CANCELLED) {
      return Try.stopped(n, Exchange.End.CANCELLED);
    }
    if (clipped && a.failure() == Attempt.Failure.TIMEOUT) {
      a = a.withCutByDeadline();
    }
    Exchange.Step step = new Exchange.Step(a, rule.judge(a), waited);
    steps.add(step);
    Optional<Duration> hint = a.retryAfter().flatMap(h -> RetryAfter.hint(h, clock.instant()));
    return new Try(n, step, hint, retries.random().getAsDouble(), null);
  }

  /** How the attempts ended, from the last one the policy saw. */
  private static Exchange.End end(
      Try last, List<Exchange.Step> steps, Retries retries, CheckContext ctx) {
    if (last.stopped() != null) {
      return last.stopped();
    }
    if (last.step().judgement().retried() && steps.size() < retries.attempts()) {
      // The policy aborted the retries: the run gave up, or the next attempt did not fit.
      return ctx.cancelled() ? Exchange.End.CANCELLED : Exchange.End.NO_TIME;
    }
    if (last.step().judgement().retried() && last.step().attempt().cutByDeadline()) {
      return Exchange.End.NO_TIME;
    }
    return Exchange.End.DONE;
  }

  /** The wait after an attempt: a pure function of what it gave. */
  private static Duration wait(Backoff backoff, Try t) {
    return backoff.after(t.number(), t.hint(), t.draw());
  }

  /** Whether an attempt can still start after {@code wait} with {@code remaining} time left. */
  static boolean roomFor(Duration wait, Duration remaining, Duration attemptTimeout) {
    Duration least = MIN_ATTEMPT.compareTo(attemptTimeout) <= 0 ? MIN_ATTEMPT : attemptTimeout;
    return remaining.minus(wait).compareTo(least) >= 0;
  }
}
