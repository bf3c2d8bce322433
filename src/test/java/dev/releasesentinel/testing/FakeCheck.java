package dev.releasesentinel.testing;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.time.Duration;
import java.util.Map;

/** A check that sleeps, then ends as told, or throws: for engine, report and CLI tests. */
public record FakeCheck(
    CheckId id,
    Severity severity,
    Status status,
    String message,
    Duration delay,
    RuntimeException failure,
    Map<String, Object> details)
    implements Check {

  public static FakeCheck of(String id, Status status) {
    return new FakeCheck(
        CheckId.of(id),
        Severity.BLOCK,
        status,
        status.name().toLowerCase() + " message",
        Duration.ZERO,
        null,
        Map.of());
  }

  public FakeCheck severity(Severity s) {
    return new FakeCheck(id, s, status, message, delay, failure, details);
  }

  public FakeCheck message(String m) {
    return new FakeCheck(id, severity, status, m, delay, failure, details);
  }

  public FakeCheck delay(Duration d) {
    return new FakeCheck(id, severity, status, message, d, failure, details);
  }

  public FakeCheck throwing(RuntimeException e) {
    return new FakeCheck(id, severity, status, message, delay, e, details);
  }

  public FakeCheck details(Map<String, Object> d) {
    return new FakeCheck(id, severity, status, message, delay, failure, d);
  }

  @Override
  public String description() {
    return "fake check that ends " + status;
  }

  @Override
  public CheckResult run(CheckContext context) throws Exception {
    context.activity("sleeping " + delay.toMillis() + "ms as told");
    if (!delay.isZero()) {
      Thread.sleep(delay.toMillis());
    }
    if (failure != null) {
      throw failure;
    }
    return CheckResult.of(this, status, message).withDetails(details);
  }
}
