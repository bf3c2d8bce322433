package dev.releasesentinel.checks.monitoring;

import dev.releasesentinel.engine.CheckContext;

/**
 * The seam between the prometheus and alertmanager families and HTTP: one GET of a URL with
 * headers, answered by a {@link Reply} (status, body and latency, or why no answer came).
 * Everything the upstream or the network does is a reply, never an exception.
 *
 * <p>An implementation bounds the request by {@link Request#timeout()} and by the run's deadline
 * ({@link CheckContext#remaining()}), whichever ends first, and stops at once when the check is
 * cancelled (the thread is interrupted). {@link ProbeGet} is the one implementation: the run's
 * shared HTTP probe, as the api family's (docs/checks/api.md).
 */
public interface HttpGet {

  Reply get(Request request, CheckContext context);
}
