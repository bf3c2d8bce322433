package dev.releasesentinel.http;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;

/**
 * The seam to upstream HTTP endpoints, shared by the families that ask them. An implementation
 * sends {@code request} up to {@code retries.attempts()} times, judging each attempt with {@code
 * rule} (another attempt follows while the judgement says {@link Judgement.Kind#RETRY}), waits as
 * {@code retries} says between attempts, never runs past the context's deadline and stops promptly
 * when the context is cancelled. What came from the upstream is masked by the run's redactor before
 * the rule sees it.
 */
public interface HttpProbe {

  /**
   * @throws CannotObserve when the request cannot be made at all (a malformed url, an unreadable
   *     ca-file, an invalid proxy setting): nothing was sent; the failure carries the url as
   *     written ({@code url} detail) and no attempt
   */
  Exchange exchange(HttpRequest request, Retries retries, HealthRule rule, CheckContext context)
      throws CannotObserve;
}
