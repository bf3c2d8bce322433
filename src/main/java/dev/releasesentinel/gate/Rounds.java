package dev.releasesentinel.gate;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Fact;
import dev.releasesentinel.engine.ProgressEvent;
import dev.releasesentinel.engine.ProgressListener;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Runner;
import dev.releasesentinel.engine.SharedCauses;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rounds of one plan (docs/waivers.md, "Waiting"): the first runs every selected check; a later
 * one runs the checks it is asked for (those that can heal) and keeps the last result of the
 * others, as the checks returned it, before waivers. Waivers and shared causes are applied anew to
 * every round, at the round's instant: a waiver that expires during a wait stops covering a kept
 * result. A kept check that did not get to look (SKIP, e.g. cancelled by {@code --fail-fast}) runs
 * again, so no round keeps a check that was never checked.
 */
public final class Rounds {

  private final Gate gate;
  private final Plan plan;
  private Runner.Outcome last;

  Rounds(Gate gate, Plan plan) {
    this.gate = gate;
    this.plan = plan;
  }

  /**
   * Runs a round at {@code at} (the plan's rules clock): every selected check when {@code rerun} is
   * empty or this is the first round, else those in {@code rerun} and the kept ones that were
   * skipped; {@code listener} hears the round's progress.
   */
  public RunReport next(Instant at, Set<CheckId> rerun, ProgressListener listener) {
    // The runner's own end of run knows neither the waivers nor the kept results: the round's
    // end is told once the report has its verdict.
    ProgressListener running =
        e -> {
          if (!(e instanceof ProgressEvent.RunFinished)) {
            listener.onEvent(e);
          }
        };
    Runner.Outcome fresh;
    if (last == null || rerun.isEmpty()) {
      fresh = gate.execute(plan, running, Set.of(), at);
    } else {
      Set<CheckId> which = new LinkedHashSet<>(rerun);
      for (CheckResult r : last.results()) {
        if (r.status() == Status.SKIP) {
          which.add(r.id());
        }
      }
      fresh = merged(last, gate.execute(plan, running, which, at));
    }
    last = fresh;
    RunReport report = gate.report(plan, fresh, at);
    listener.onEvent(new ProgressEvent.RunFinished(report.verdict(), fresh.duration()));
    return report;
  }

  /**
   * {@code fresh} with the results it lacks taken from {@code before}, in the plan's order: the
   * facts of both (the fresh ones win), the shared causes of the results that stand, the timing of
   * the fresh run.
   */
  private Runner.Outcome merged(Runner.Outcome before, Runner.Outcome fresh) {
    Map<CheckId, CheckResult> now = new LinkedHashMap<>();
    fresh.results().forEach(r -> now.put(r.id(), r));
    Map<CheckId, CheckResult> then = new LinkedHashMap<>();
    before.results().forEach(r -> then.put(r.id(), r));
    List<CheckResult> results = new ArrayList<>();
    Map<CheckId, SharedCauses.Cause> causes = new LinkedHashMap<>();
    for (Check c : Gate.selected(plan)) {
      CheckResult r = now.get(c.id());
      if (r != null) {
        results.add(r);
        if (fresh.causes().containsKey(c.id())) {
          causes.put(c.id(), fresh.causes().get(c.id()));
        }
      } else if (then.containsKey(c.id())) {
        results.add(then.get(c.id()));
        if (before.causes().containsKey(c.id())) {
          causes.put(c.id(), before.causes().get(c.id()));
        }
      }
    }
    Map<Fact, String> facts = new LinkedHashMap<>(before.facts());
    facts.putAll(fresh.facts());
    return new Runner.Outcome(
        List.copyOf(results),
        Map.copyOf(facts),
        Verdict.of(results, plan.request().strict()),
        fresh.startedAt(),
        fresh.duration(),
        Map.copyOf(causes));
  }
}
