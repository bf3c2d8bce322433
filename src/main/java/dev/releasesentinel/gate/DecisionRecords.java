package dev.releasesentinel.gate;

import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Waived;
import dev.releasesentinel.record.CiRunLinks;
import dev.releasesentinel.record.DecisionInput;
import dev.releasesentinel.record.DecisionRecord;
import dev.releasesentinel.record.ResourceUris;
import dev.releasesentinel.record.SigningKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The decision record of a finished run (docs/decision-record.md), for every front end: what the
 * report says (verdict, every result, waivers, version, environment), the commit the run judged,
 * the repository, ref, run address and actor as the CI host names them, and the config file as the
 * policy. The report is already redacted; the CI host's values are redacted here, so nothing in the
 * record is unmasked.
 */
public final class DecisionRecords {

  private DecisionRecords() {}

  /** The record cannot be written: its subject, the commit, is unknown. */
  public static final class NoCommit extends Exception {
    private static final long serialVersionUID = 1L;

    NoCommit(String message) {
      super(message, null, false, false);
    }
  }

  /** The record's bytes, signed with {@code key} when there is one. */
  public static byte[] write(
      Plan plan,
      RunReport report,
      Environment env,
      Clock clock,
      UnaryOperator<String> redact,
      Optional<SigningKey> key)
      throws NoCommit, IOException {
    return DecisionRecord.write(input(plan, report, env, clock, redact), key);
  }

  /** What the record says of this run. */
  static DecisionInput input(
      Plan plan, RunReport report, Environment env, Clock clock, UnaryOperator<String> redact)
      throws NoCommit, IOException {
    String commit =
        report
            .repository()
            .commit()
            .or(() -> CiHost.run(env).commit().map(c -> c.value()))
            .orElseThrow(
                () ->
                    new NoCommit(
                        "the commit is unknown (the git family reads it from the repository, and"
                            + " CI hosts name it); a decision record is about a commit: enable"
                            + " a git check, or run where the CI host names the commit"));
    Path repo = plan.request().repo();
    String repository =
        redact.apply(CiRunLinks.repository(env).orElseGet(() -> ResourceUris.local(repo)));
    DecisionInput.CiRunInfo ci = CiRunLinks.info(env);
    return new DecisionInput(
        report.verdict(),
        report.strict(),
        report.results(),
        waivers(report.results()),
        commit,
        report.version(),
        report.environment(),
        repository,
        CiRunLinks.ref(env).map(redact),
        policy(plan, repository, commit, report.toolVersion()),
        List.of(),
        new DecisionInput.CiRunInfo(ci.host(), ci.runUrl().map(redact), ci.actor().map(redact)),
        DecisionInput.DEFAULT_VERIFIER,
        report.toolVersion(),
        clock.instant());
  }

  /**
   * The config file the run was checked against: pinned at the commit when it is in the repository
   * (links followed), by its file URI otherwise, the tool's built-in defaults without one.
   */
  private static DecisionInput.Policy policy(
      Plan plan, String repository, String commit, String toolVersion) throws IOException {
    Optional<Path> file = plan.config().file();
    if (file.isEmpty()) {
      return DecisionInput.Policy.builtInDefaults(toolVersion);
    }
    // Real paths: a config linked from outside the repository is not in the commit, and a
    // repository reached through a link still holds its own files.
    Path config = file.get().toRealPath();
    // The bytes the run read, not the file as it is now: a config changed during the run is not
    // the policy the run was judged by.
    Optional<byte[]> read = plan.file().bytes();
    byte[] bytes = read.isPresent() ? read.get() : Files.readAllBytes(config);
    Path root = plan.request().repo().toRealPath();
    if (config.startsWith(root)) {
      String relative = root.relativize(config).toString().replace('\\', '/');
      return DecisionInput.Policy.inRepository(repository, commit, relative, bytes);
    }
    return DecisionInput.Policy.of(config.toUri().toString(), bytes);
  }

  /**
   * The waivers that accepted a failure in this run: those of WAIVED results (an expired waiver, or
   * one refused for a critical check, left the result as it was and is not listed).
   */
  static List<DecisionInput.AppliedWaiver> waivers(List<CheckResult> results) {
    List<DecisionInput.AppliedWaiver> out = new ArrayList<>();
    for (CheckResult r : results) {
      if (r.status() == Status.WAIVED && r.waived().isPresent()) {
        Waived w = r.waived().get();
        out.add(
            new DecisionInput.AppliedWaiver(
                w.check(), w.reason(), w.by(), w.expires(), w.ticket()));
      }
    }
    return out;
  }
}
