package dev.releasesentinel.cli;

import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.gate.DecisionRecords;
import dev.releasesentinel.gate.Plan;
import dev.releasesentinel.github.ActionRecord;
import dev.releasesentinel.github.ActionSession;
import dev.releasesentinel.github.RunnerLog;
import dev.releasesentinel.record.KeyException;
import dev.releasesentinel.record.SigningKey;
import dev.releasesentinel.report.ReportFiles;
import java.time.Clock;
import java.util.Optional;

/**
 * The Action's decision record (the {@code record} input, docs/decision-record.md): the signing key
 * is read before the run, the record written after it for every verdict, whole or not at all.
 */
final class ActionRecordStep {

  private final ActionRecord record;
  private final Optional<SigningKey> key;

  private ActionRecordStep(ActionRecord record, Optional<SigningKey> key) {
    this.record = record;
    this.key = key;
  }

  /** The step for the {@code record} input, with the signing key the environment holds, if any. */
  static ActionRecordStep of(ActionRecord record, Environment env) throws KeyException {
    return new ActionRecordStep(record, SigningKey.fromEnvironment(env));
  }

  /** Writes the record of {@code report}; false when it could not be written (said in the log). */
  boolean write(
      Plan plan,
      RunReport report,
      Environment env,
      Clock clock,
      RunnerLog out,
      ActionSession session) {
    byte[] bytes;
    try {
      bytes = DecisionRecords.write(plan, report, env, clock, out.redactor()::redact, key);
    } catch (DecisionRecords.NoCommit e) {
      record.cannotWrite(e.getMessage(), out);
      return false;
    } catch (java.io.IOException e) {
      record.cannotWrite(ReportFiles.why(e), out);
      return false;
    }
    if (key.isEmpty()) {
      out.warning(
          "release-sentinel: the decision record is unsigned (RELEASE_SENTINEL_SIGNING_KEY is not"
              + " set): it cannot be authenticated");
    }
    return record.write(bytes, out, session.context());
  }
}
