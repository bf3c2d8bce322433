package dev.releasesentinel.checks.git.testing;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Runner;
import dev.releasesentinel.engine.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs checks through the real runner and keeps what they reported. */
public record CheckRun(List<CheckResult> results, Map<String, String> facts) {

  public static CheckRun of(Check... checks) {
    return of(Duration.ofSeconds(60), checks);
  }

  public static CheckRun of(Duration timeout, Check... checks) {
    Runner.Outcome o =
        new Runner(new Runner.Options(timeout, false, false, null, null, null))
            .run(List.of(checks), Map.of());
    // Facts by their log names (repository.commit), as the tests read them.
    Map<String, String> facts = new java.util.LinkedHashMap<>();
    o.facts().forEach((k, v) -> facts.put(k.key(), v));
    return new CheckRun(o.folded(), facts);
  }

  /** The result of the check with this id. */
  public CheckResult result(String id) {
    return results.stream()
        .filter(r -> r.id().value().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no result of " + id + " in " + results));
  }

  /** The run's verdict (not strict). */
  public Verdict verdict() {
    return Verdict.of(results, false);
  }

  /** The first (or only) result. */
  public CheckResult result() {
    return results.get(0);
  }
}
