package dev.releasesentinel.cli;

import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.WaitSummary;
import dev.releasesentinel.gate.Plan;
import dev.releasesentinel.policy.Decision;
import dev.releasesentinel.policy.Healing;
import dev.releasesentinel.policy.Outcome;
import dev.releasesentinel.policy.Round;
import dev.releasesentinel.policy.WaitLoop;
import dev.releasesentinel.policy.WaitPlan;
import dev.releasesentinel.policy.WaitResult;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code check --wait}: rounds of the gate until SAFE, the end of the wait, or a failure that
 * cannot heal (docs/waivers.md, "Waiting"). The first round runs every selected check, later ones
 * those that can heal, and a SAFE that rests on kept results is confirmed by a round of every
 * check. Time is the plan's rules clock ({@code --at} moves it): the rounds, the wait's end and the
 * sleeps follow it. One line per round on stderr. SIGTERM or Ctrl-C stops the wait: the last
 * round's report is written before the process exits.
 */
final class WaitRun implements AutoCloseable {

  /** How long the shutdown hook waits for the last report to be written. */
  static final long WRITE_GRACE_SECONDS = 10;

  /** One round of the gate at an instant of the rules clock (every check when rerun is empty). */
  @FunctionalInterface
  interface GateRound {
    RunReport run(Instant at, Set<CheckId> rerun);
  }

  private final CountDownLatch written = new CountDownLatch(1);
  private final Thread hook;
  private final WaitLoop loop;
  private final Thread main = Thread.currentThread();

  private WaitRun(WaitLoop loop) {
    this.loop = loop;
    this.hook = new Thread(this::stop, "release-sentinel-wait-stop");
  }

  private boolean waiting = true; // guarded by this: the main thread may be interrupted

  private void stop() {
    loop.stop();
    synchronized (this) {
      if (waiting) {
        main.interrupt(); // ends a sleep or a round; never the report's writing
      }
    }
    try {
      written.await(WRITE_GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * One run, or with {@code --wait} the rounds until the gate passes or the wait ends: the report
   * is the last round's, handed to {@code publish} (which writes it); a stop (SIGTERM, Ctrl-C) ends
   * the wait, and the process exits only once {@code publish} has returned. {@code say} gets one
   * line per round; {@code pause} waits between rounds on the plan's rules clock (a countdown on a
   * terminal, {@link WaitLoop#threadSleeper} elsewhere).
   */
  static <T> T report(
      Optional<WaitOptions.Wait> wait,
      Plan plan,
      GateRound round,
      Consumer<String> say,
      WaitLoop.Sleeper pause,
      Function<RunReport, T> publish) {
    if (wait.isEmpty()) {
      return publish.apply(round.run(plan.context().at(), Set.of()));
    }
    AtomicReference<WaitRun> handle = new AtomicReference<>();
    try {
      RunReport last = run(wait.get(), plan, round, say, pause, handle);
      handle.get().published();
      Thread.interrupted(); // an interrupt meant for the wait must not reach the report's writing
      // Published before the stop hook is released: a SIGTERM waits for the report to be written.
      return publish.apply(last);
    } finally {
      if (handle.get() != null) {
        handle.get().close();
      }
    }
  }

  /** Runs the rounds; the report is the last round's, with the rounds as its wait. */
  static RunReport run(
      WaitOptions.Wait wait,
      Plan plan,
      GateRound round,
      Consumer<String> say,
      WaitLoop.Sleeper pause,
      AtomicReference<WaitRun> handle) {
    Clock clock = plan.context().rules();
    WaitPlan wp =
        new WaitPlan(
            wait.interval(),
            clock.instant().plus(wait.total()).truncatedTo(ChronoUnit.MILLIS),
            plan.request().strict(),
            healing(plan));
    AtomicReference<RunReport> last = new AtomicReference<>();
    WaitLoop loop = new WaitLoop(clock, pause, wp, r -> say.accept(r.line()));
    WaitRun run = new WaitRun(loop);
    handle.set(run);
    Runtime.getRuntime().addShutdownHook(run.hook);
    WaitResult result =
        loop.run(
            (at, rerun) -> {
              RunReport r = round.run(at, rerun);
              last.set(r);
              return outcomes(r);
            });
    if (!result.reason().equals(finished(result.last()))) {
      say.accept(result.reason() + ": the report is round " + result.last().number() + "'s");
    }
    return withRounds(last.get(), result, wp);
  }

  private static String finished(Round r) {
    return r.decision() instanceof Decision.Finish f ? f.reason() : "";
  }

  /**
   * Which checks can heal by waiting, as their families declare them ({@code CheckKind.live()}:
   * api, system, schedule, ...); a check the plan does not know cannot.
   */
  static Healing healing(Plan plan) {
    Set<CheckId> live = new HashSet<>();
    for (Planned p : plan.checks()) {
      if (p.kind().canHeal()) {
        live.add(p.check().id());
      }
    }
    return live::contains;
  }

  /** From now on the report is being written: a stop no longer interrupts the main thread. */
  private synchronized void published() {
    waiting = false;
  }

  /** Says the report is written; the shutdown hook may let the process end. */
  @Override
  public void close() {
    written.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it waits for the count-down above
    }
    Thread.interrupted(); // an interrupt meant for the wait must not reach what follows
  }

  /** The policy's view of a round: a WAIVED result is the FAIL or ERROR its waiver accepted. */
  static List<Outcome> outcomes(RunReport r) {
    List<Outcome> out = new ArrayList<>();
    for (CheckResult c : r.results()) {
      if (c.status() == Status.WAIVED && c.waived().isPresent()) {
        CheckResult original =
            new CheckResult(
                c.id(),
                c.waived().get().original(),
                c.severity(),
                c.message(),
                c.details(),
                c.duration(),
                c.attempts(),
                c.description(),
                c.source());
        out.add(new Outcome(original, Outcome.Effect.WAIVED, Optional.empty()));
      } else {
        out.add(Outcome.unchanged(c));
      }
    }
    return out;
  }

  /** The last round's report, its verdict the wait's, with the rounds of the wait. */
  static RunReport withRounds(RunReport r, WaitResult w, WaitPlan plan) {
    List<WaitSummary.Round> rounds = new ArrayList<>();
    for (Round round : w.rounds()) {
      rounds.add(
          new WaitSummary.Round(round.number(), round.at(), round.verdict(), round.blockers()));
    }
    return r.withWait(
        w.verdict(),
        new WaitSummary(plan.end(), plan.interval(), rounds, w.firstPassed(), w.reason()));
  }
}
