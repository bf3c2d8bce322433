package dev.releasesentinel.gate;

import dev.releasesentinel.checks.schedule.ScheduleFamily;
import dev.releasesentinel.checks.schedule.TimePoint;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.policy.Outcome;
import dev.releasesentinel.policy.PolicyVerdict;
import dev.releasesentinel.policy.Waiver;
import dev.releasesentinel.policy.Waivers;
import dev.releasesentinel.policy.config.Policies;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The waivers of a run applied to its results (docs/waivers.md): the config's and this run's, dates
 * read in the schedule's zone, expiry judged at the run's instant ({@code --at}). A waived FAIL or
 * ERROR becomes WAIVED, which never blocks; the verdict is the policy's, so that nothing checked is
 * CRITICAL however much is waived.
 */
record Waiving(List<CheckResult> results, Verdict verdict) {

  static Waiving apply(
      Config config, List<Waiver> thisRun, List<CheckResult> results, Instant at, boolean strict) {
    List<Waiver> all = new ArrayList<>(Policies.waivers(config).waivers());
    all.addAll(thisRun);
    ZoneId zone = ScheduleFamily.zone(config);
    int maxDays = Policies.policy(config).maxWaiverDays();
    List<Outcome> outcomes = Waivers.apply(results, all, at, zone, maxDays);
    return new Waiving(
        outcomes.stream().map(o -> shown(o, at, zone)).toList(),
        PolicyVerdict.of(outcomes, strict));
  }

  /**
   * The result a report shows: WAIVED with its waiver and the days it has left at {@code at}, or
   * the result as the policy left it.
   */
  static CheckResult shown(Outcome o, Instant at, ZoneId zone) {
    if (!o.waived()) {
      return o.result();
    }
    Waiver w = o.waiver().orElseThrow();
    return o.result()
        .waive(
            w.check(),
            w.reason(),
            w.by(),
            w.expires().map(TimePoint::toString),
            w.ticket(),
            w.daysLeft(at, zone));
  }
}
