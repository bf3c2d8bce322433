package dev.releasesentinel.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.record.DecisionInput;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a decision record says of waivers: only those that accepted a failure in this run. */
class DecisionRecordsTest {

  static CheckResult fail(String id) {
    return new CheckResult(
        CheckId.of(id), Status.FAIL, Severity.BLOCK, "down", Map.of(), Duration.ZERO, 1);
  }

  @Test
  void aWaivedResultsWaiverIsListedAnExpiredOneIsNot() {
    CheckResult waived =
        fail("api:payments")
            .waive(
                "api:payments", "INC-4711", "alice", Optional.of("2027-01-31"), Optional.empty());
    // An expired waiver leaves the FAIL, with the waiver in its details for the reader.
    CheckResult expired =
        fail("api:ledger").withDetail("waiver", Map.of("check", "api:ledger", "reason", "old"));
    List<DecisionInput.AppliedWaiver> listed =
        DecisionRecords.waivers(List.of(waived, expired, fail("git.branch")));
    assertThat(listed)
        .containsExactly(
            new DecisionInput.AppliedWaiver(
                "api:payments", "INC-4711", "alice", Optional.of("2027-01-31"), Optional.empty()));
  }
}
