package dev.releasesentinel.checks.api;

import dev.releasesentinel.engine.CheckContext;
import java.util.function.Function;

/**
 * The seam to upstream HTTP endpoints. An implementation sends {@code request} up to {@code
 * plan.attempts()} times, judging each attempt with {@code judge} (it retries while the judgement
 * says {@link Judgement.Kind#RETRY}), waits as the plan says between attempts, never runs past the
 * context's deadline and stops promptly when the context is cancelled.
 */
public interface HttpProbe {

  /**
   * @throws ProbeException when the request cannot be made at all (a malformed url, an unreadable
   *     ca-file, an invalid proxy setting): nothing was sent
   */
  Exchange exchange(
      HttpRequest request, RetryPlan plan, Function<Attempt, Judgement> judge, CheckContext context)
      throws ProbeException;
}
