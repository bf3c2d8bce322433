package dev.releasesentinel.checks.monitoring;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A judgement before it is a check's result: status, message and details. Judges are pure functions
 * of parsed answers that return one; the check adds its id and severity.
 */
public record Outcome(Status status, String message, Map<String, Object> details) {

  public Outcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
    details = new LinkedHashMap<>(details);
  }

  public static Outcome of(Status status, String message) {
    return new Outcome(status, message, Map.of());
  }

  public static Outcome error(String message) {
    return of(Status.ERROR, message);
  }

  /** The same outcome with one more detail. */
  public Outcome with(String key, Object value) {
    Map<String, Object> d = new LinkedHashMap<>(details);
    d.put(key, value);
    return new Outcome(status, message, d);
  }

  /** The result of {@code check}: its id and severity, this status, message and details. */
  public CheckResult result(Check check) {
    return CheckResult.of(check, status, message).withDetails(details);
  }
}
