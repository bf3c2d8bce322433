package dev.releasesentinel.policy;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.util.Map;

/** Literal results for policy tests. */
final class Results {

  private Results() {}

  static CheckResult of(String id, Status status) {
    return of(id, status, Severity.BLOCK);
  }

  static CheckResult of(String id, Status status, Severity severity) {
    return new CheckResult(
        CheckId.of(id),
        status,
        severity,
        id + " " + status.name().toLowerCase(),
        Map.of(),
        null,
        1);
  }
}
