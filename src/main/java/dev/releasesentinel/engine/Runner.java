package dev.releasesentinel.engine;

import dev.releasesentinel.redact.Redactor;
import dev.releasesentinel.redact.Unmasked;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Runs every selected check at once, each on its own thread, under one deadline. A check still
 * running at the deadline ends as ERROR saying what it was doing; a check that throws ends as ERROR
 * (fail closed). With fail-fast, the first blocking failure cancels the checks still running that
 * can no longer change the verdict: all but the critical ones (all of them after a critical
 * failure), so the verdict is the one a full run would give.
 */
public final class Runner {

  /**
   * How a run behaves. {@code redactor} masks what a crashing check's exception says before it
   * becomes that check's message (docs/security.md, "Masked at the door").
   */
  public record Options(
      Duration timeout,
      boolean failFast,
      boolean strict,
      ProgressListener listener,
      Clock clock,
      Redactor redactor,
      Predicate<CheckResult> accepted) {
    public Options {
      Objects.requireNonNull(timeout, "timeout");
      listener = listener == null ? ProgressListener.NONE : listener;
      clock = clock == null ? Clock.systemUTC() : clock;
      redactor = redactor == null ? Redactor.NONE : redactor;
      accepted = accepted == null ? r -> false : accepted;
    }

    /**
     * Options under which no failure is accepted. {@code accepted} names the failures a waiver
     * accepts: they do not block, so they do not stop the run under {@code failFast}.
     */
    public Options(
        Duration timeout,
        boolean failFast,
        boolean strict,
        ProgressListener listener,
        Clock clock,
        Redactor redactor) {
      this(timeout, failFast, strict, listener, clock, redactor, null);
    }
  }

  /** What a run produced: results in declaration order, the facts checks published, timings. */
  public record Outcome(
      List<CheckResult> results,
      Map<Fact, String> facts,
      Verdict verdict,
      Instant startedAt,
      Duration duration,
      Map<CheckId, SharedCauses.Cause> causes) {

    /** The results with each shared cause reported once ({@link SharedCauses}). */
    public List<CheckResult> folded() {
      return SharedCauses.fold(results, causes);
    }
  }

  private final Options options;

  public Runner(Options options) {
    this.options = options;
  }

  /**
   * Runs {@code checks}, except those in {@code skips} (id to reason), which end as SKIP without
   * running.
   */
  public Outcome run(List<Check> checks, Map<CheckId, String> skips) {
    Clock clock = options.clock();
    Instant startedAt = clock.instant();
    long startNanos = System.nanoTime();
    long deadlineNanos = startNanos + options.timeout().toNanos();
    Instant deadline = startedAt.plus(options.timeout());
    ProgressListener listener = options.listener();
    Map<Fact, String> facts = new ConcurrentHashMap<>();

    Map<CheckId, CheckResult> results = new LinkedHashMap<>();
    List<Slot> slots = new ArrayList<>();
    for (Check check : checks) {
      results.put(check.id(), null);
      String reason = skips.get(check.id());
      if (reason != null) {
        results.put(check.id(), CheckResult.skip(check, reason));
      } else {
        slots.add(new Slot(check, deadline, deadlineNanos, listener, facts, options.redactor()));
      }
    }
    listener.onEvent(
        new ProgressEvent.RunStarted(
            slots.stream().map(s -> s.check.id()).toList(), options.timeout()));

    BlockingQueue<Slot> finished = new LinkedBlockingQueue<>();
    AtomicInteger threadNo = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, slots.size()),
            r -> {
              Thread t = new Thread(r, "check-" + threadNo.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      for (Slot slot : slots) {
        slot.future =
            pool.submit(
                () -> {
                  slot.result = slot.execute();
                  finished.add(slot);
                });
      }
      int pending = slots.size();
      String failFastCause = null;
      boolean interrupted = false;
      while (pending > 0) {
        long left = deadlineNanos - System.nanoTime();
        Slot done;
        try {
          done = left <= 0 ? finished.poll() : finished.poll(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          interrupted = true;
          break;
        }
        if (done == null) {
          break; // the deadline passed
        }
        if (results.get(done.check.id()) != null) {
          continue; // cancelled by fail-fast, and finished anyway: the cancellation stands
        }
        pending--;
        CheckResult r = done.result;
        results.put(r.id(), r);
        listener.onEvent(new ProgressEvent.CheckFinished(r));
        if (options.failFast()
            && r.status().isFailure()
            && r.blocks(false)
            && !options.accepted().test(r)) {
          if (failFastCause == null) {
            failFastCause = r.id().value();
          }
          // Cancel what can no longer change the verdict: after a blocking failure, every check
          // but the critical ones (which could still make it CRITICAL); after a critical one, all.
          boolean critical = Verdict.of(r, options.strict()) == Verdict.CRITICAL;
          for (Slot slot : slots) {
            if (results.get(slot.check.id()) == null
                && (critical || slot.check.severity() != Severity.CRITICAL)) {
              pending--;
              cancel(slot, results, listener, failFastCause);
            }
          }
        }
      }
      if (interrupted) { // what finished before the stop keeps its own result
        for (Slot done = finished.poll(); done != null; done = finished.poll()) {
          if (results.get(done.check.id()) == null) {
            results.put(done.result.id(), done.result);
            listener.onEvent(new ProgressEvent.CheckFinished(done.result));
          }
        }
      }
      // Whatever has not reported by now is cut off: by the deadline, or by a stop (a signal).
      for (Slot slot : slots) {
        if (results.get(slot.check.id()) != null) {
          continue;
        }
        slot.cancelled = true;
        slot.future.cancel(true);
        CheckResult r = interrupted ? slot.stopped() : slot.timedOut(options.timeout());
        results.put(r.id(), r);
        listener.onEvent(new ProgressEvent.CheckFinished(r));
      }
    } finally {
      pool.shutdownNow();
    }
    List<CheckResult> ordered = List.copyOf(results.values());
    Verdict verdict = Verdict.of(ordered, options.strict());
    Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
    listener.onEvent(new ProgressEvent.RunFinished(verdict, duration));
    return new Outcome(
        ordered, Map.copyOf(facts), verdict, startedAt, duration, causes(slots, results));
  }

  /**
   * The shared causes of the failures that stand (a check cut off or cancelled meanwhile keeps what
   * it said), for {@link SharedCauses#fold}.
   */
  private static Map<CheckId, SharedCauses.Cause> causes(
      List<Slot> slots, Map<CheckId, CheckResult> results) {
    Map<CheckId, SharedCauses.Cause> causes = new LinkedHashMap<>();
    for (Slot slot : slots) {
      if ((slot.sharedCause != null || slot.deferredTo != null)
          && results.get(slot.check.id()) == slot.result) {
        causes.put(
            slot.check.id(),
            new SharedCauses.Cause(
                slot.sharedCause, slot.sharedWhat, Optional.ofNullable(slot.deferredTo)));
      }
    }
    return Map.copyOf(causes);
  }

  private static void cancel(
      Slot slot, Map<CheckId, CheckResult> results, ProgressListener listener, String cause) {
    slot.cancelled = true;
    slot.future.cancel(true);
    CheckResult r =
        CheckResult.skip(slot.check, "cancelled by --fail-fast after " + cause + " failed");
    results.put(r.id(), r);
    listener.onEvent(new ProgressEvent.CheckFinished(r));
  }

  /** One check in flight. */
  private static final class Slot implements CheckContext {
    private final Check check;
    private final Instant deadline;
    private final long deadlineNanos;
    private final ProgressListener listener;
    private final Map<Fact, String> facts;
    private final Redactor redactor;
    private final long startNanos = System.nanoTime();
    private volatile String activity = "starting";
    private volatile boolean cancelled;
    private volatile CheckResult result;
    private volatile Object sharedCause;
    private volatile CheckId deferredTo;
    private volatile String sharedWhat;
    private Future<?> future;

    Slot(
        Check check,
        Instant deadline,
        long deadlineNanos,
        ProgressListener listener,
        Map<Fact, String> facts,
        Redactor redactor) {
      this.check = check;
      this.deadline = deadline;
      this.deadlineNanos = deadlineNanos;
      this.listener = listener;
      this.facts = facts;
      this.redactor = redactor;
    }

    CheckResult execute() {
      listener.onEvent(new ProgressEvent.CheckStarted(check.id()));
      CheckResult r;
      try {
        r = check.run(this);
        if (r == null) {
          r = CheckResult.error(check, "the check returned no result");
        }
      } catch (CannotObserve e) { // what it reads cannot be read: not a PASS, nor a crash
        r =
            CheckResult.error(check, e.getMessage())
                .withDetails(e.details())
                .withAttempts(e.attempts());
        e.sharedCause().ifPresent(c -> sharedCause = c);
        sharedWhat = e.sharedWhat().orElse(null);
      } catch (Deferred e) { // the same cause as another check's failure, if that one failed
        r = e.result();
        deferredTo = e.other();
        sharedWhat = e.what();
      } catch (Unmet e) { // what it needs is not in the run's inputs
        r = CheckResult.fail(check, e.getMessage());
        if (e.hint().isPresent()) {
          r = r.withHint(e.hint().get());
        }
        sharedCause = e.what() + "\n" + e.getMessage();
        sharedWhat = e.what();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        r = CheckResult.error(check, "interrupted while " + activity);
      } catch (Throwable t) { // fail closed: whatever went wrong, this check is not a PASS
        listener.onEvent(new ProgressEvent.CheckCrashed(check.id(), t));
        r = CheckResult.error(check, "could not run: " + describe(t, redactor));
      }
      if (!r.id().equals(check.id())) {
        r =
            new CheckResult(
                check.id(), r.status(), r.severity(), r.message(), r.details(), null, r.attempts());
      }
      return r.withDuration(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    CheckResult timedOut(Duration timeout) {
      return CheckResult.error(
              check,
              "still running at the run's deadline ("
                  + Durations.format(timeout)
                  + ") while "
                  + activity
                  + "; raise --timeout or the config's timeout, or fix what it waits on")
          .withDuration(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** Cut off because the run was stopped (SIGTERM, Ctrl-C) before the check finished. */
    CheckResult stopped() {
      return CheckResult.error(
              check,
              "stopped before it finished, while "
                  + activity
                  + ": the run was interrupted (SIGTERM or Ctrl-C)")
          .withDuration(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The exception's class and message; the message is outside text, masked as it enters. */
    static String describe(Throwable t, Redactor redactor) {
      String msg = t.getMessage();
      String name = t.getClass().getSimpleName();
      return msg == null || msg.isBlank() ? name : name + ": " + redactor.mask(Unmasked.of(msg));
    }

    @Override
    public Instant deadline() {
      return deadline;
    }

    @Override
    public Duration remaining() {
      long left = deadlineNanos - System.nanoTime();
      return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    @Override
    public void activity(String what) {
      activity = what;
      listener.onEvent(new ProgressEvent.CheckActivity(check.id(), what));
    }

    @Override
    public void waiting(Duration wait, String reason) {
      listener.onEvent(new ProgressEvent.CheckWaiting(check.id(), wait, reason));
    }

    @Override
    public void fact(Fact key, String value) {
      if (key != null && value != null) {
        facts.put(key, value);
      }
    }

    @Override
    public boolean cancelled() {
      return cancelled || Thread.currentThread().isInterrupted();
    }
  }
}
