package dev.releasesentinel.policy;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs rounds until the {@link WaitPlan} finishes (docs/waivers.md, "Waiting"). The first round
 * evaluates every check; a later one is told which can heal ({@code rerun}) and may keep the last
 * result of the others (it returns the outcomes it has; the loop keeps the rest). A round that
 * passes with kept results is confirmed at once by one that evaluates every check: the wait ends
 * SAFE only on a round that looked at everything. Each round is told to {@code heard} once decided,
 * before any sleep. {@link #stop()} (Ctrl-C, SIGTERM) ends the wait after the round or sleep in
 * progress, with the last round's verdict; an interrupted sleep ends it the same way.
 */
public final class WaitLoop {

  /** Runs one round: the checks named in {@code rerun}, or every check when it is empty. */
  @FunctionalInterface
  public interface Evaluator {
    List<Outcome> evaluate(Instant at, Set<CheckId> rerun) throws InterruptedException;
  }

  /** Sleeps until an instant of the loop's clock. */
  @FunctionalInterface
  public interface Sleeper {
    void sleepUntil(Instant until) throws InterruptedException;
  }

  private final Clock clock;
  private final Sleeper sleeper;
  private final WaitPlan plan;
  private final Consumer<Round> heard;
  private volatile boolean stopped;

  public WaitLoop(Clock clock, Sleeper sleeper, WaitPlan plan, Consumer<Round> heard) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.heard = Objects.requireNonNull(heard, "heard");
  }

  public WaitLoop(Clock clock, Sleeper sleeper, WaitPlan plan) {
    this(clock, sleeper, plan, round -> {});
  }

  /** A sleeper on the real clock: {@link Thread#sleep}, so an interrupt ends it. */
  public static Sleeper threadSleeper(Clock clock) {
    return until -> {
      long ms = until.toEpochMilli() - clock.millis();
      if (ms > 0) {
        Thread.sleep(ms);
      }
    };
  }

  /** Asks the loop to end after the current round or sleep. */
  public void stop() {
    stopped = true;
  }

  public WaitResult run(Evaluator evaluator) {
    Map<CheckId, Outcome> current = new LinkedHashMap<>();
    Map<CheckId, Instant> firstPassed = new LinkedHashMap<>();
    List<Round> rounds = new ArrayList<>();
    boolean everything = true; // the first round, and the one that confirms a SAFE
    for (int n = 1; ; n++) {
      Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as the reports show it
      Set<CheckId> rerun = everything ? Set.of() : healing(current);
      boolean kept = !rerun.isEmpty() && !rerun.containsAll(current.keySet());
      try {
        for (Outcome o : evaluator.evaluate(at, rerun)) {
          current.put(o.result().id(), o);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return interrupted(rounds, firstPassed);
      }
      List<Outcome> all = List.copyOf(current.values());
      for (Outcome o : all) {
        Status s = o.result().status();
        if (s == Status.PASS || s == Status.WARN) {
          firstPassed.putIfAbsent(o.result().id(), at);
        }
      }
      Decision d = plan.decide(all, at);
      if (kept && d instanceof Decision.Finish f && f.verdict() == Verdict.SAFE) {
        d = new Decision.Confirm();
      } else if (n > 1
          && everything
          && d instanceof Decision.Finish f
          && f.verdict() == Verdict.SAFE) {
        d = new Decision.Finish(Verdict.SAFE, f.reason() + ", confirmed with every check");
      }
      everything = d instanceof Decision.Confirm;
      List<CheckId> blockers = plan.blockers(all).stream().map(o -> o.result().id()).toList();
      Round round = new Round(n, at, PolicyVerdict.of(all, plan.strict()), all, blockers, d);
      rounds.add(round);
      heard.accept(round);
      if (stopped && round.verdict() == Verdict.SAFE) {
        return interrupted(rounds, firstPassed); // a round a stop cut short is not SAFE
      }
      if (d instanceof Decision.Finish f) {
        return new WaitResult(rounds, firstPassed, f.verdict(), f.reason());
      }
      if (stopped) {
        return interrupted(rounds, firstPassed);
      }
      if (d instanceof Decision.Confirm) {
        continue;
      }
      try {
        sleeper.sleepUntil(((Decision.Sleep) d).until());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return interrupted(rounds, firstPassed);
      }
      if (stopped) {
        return interrupted(rounds, firstPassed);
      }
    }
  }

  private Set<CheckId> healing(Map<CheckId, Outcome> current) {
    Set<CheckId> ids = new LinkedHashSet<>();
    for (CheckId id : current.keySet()) {
      if (plan.healing().canHeal(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * A wait stopped early ends with the last round's verdict, but never SAFE: a SAFE still to be
   * confirmed rests on results kept from earlier rounds, and a round the stop came during may have
   * checks it cut short (an ERROR a waiver accepts).
   */
  private static WaitResult interrupted(List<Round> rounds, Map<CheckId, Instant> firstPassed) {
    if (rounds.isEmpty()) {
      return new WaitResult(rounds, firstPassed, Verdict.CRITICAL, "stopped before the wait ended");
    }
    Round last = rounds.get(rounds.size() - 1);
    if (last.decision() instanceof Decision.Confirm) {
      return new WaitResult(
          rounds,
          firstPassed,
          Verdict.BLOCKED,
          "stopped before the wait ended, before round " + last.number() + "'s SAFE was confirmed");
    }
    if (last.verdict() == Verdict.SAFE) {
      return new WaitResult(
          rounds,
          firstPassed,
          Verdict.BLOCKED,
          "stopped during round " + last.number() + ", so its SAFE is not trusted");
    }
    return new WaitResult(rounds, firstPassed, last.verdict(), "stopped before the wait ended");
  }
}
