package dev.releasesentinel.cli;

import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.gate.DecisionRecords;
import dev.releasesentinel.gate.Plan;
import dev.releasesentinel.record.KeyException;
import dev.releasesentinel.record.SigningKey;
import dev.releasesentinel.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code check --record PATH}: the decision record of the run (docs/decision-record.md), written
 * whole or not at all for every verdict, signed when {@code RELEASE_SENTINEL_SIGNING_KEY} holds a
 * key. The path and the key are checked before any check runs; a record that cannot be written is
 * exit 2, as a report is.
 */
final class RecordOption {

  @Option(
      names = "--record",
      paramLabel = "PATH",
      description =
          "Write the decision record (an in-toto attestation in a DSSE envelope, signed with"
              + " RELEASE_SENTINEL_SIGNING_KEY when it is set) to PATH.")
  Path path;

  /** The files the run writes (no check counts them against the repository): reports and record. */
  List<ReportTarget> owned(List<ReportTarget> reports) {
    List<ReportTarget> all = new ArrayList<>(reports);
    if (path != null) {
      all.add(new ReportTarget("record", path));
    }
    return all;
  }

  /** Why the record cannot be written to its path (one line each), or empty. */
  Optional<String> problem(List<ReportTarget> reports) {
    if (path == null) {
      return Optional.empty();
    }
    List<String> problems = new ArrayList<>();
    ReportFiles.refusal(path)
        .ifPresent(
            why -> problems.add("--record " + path + ": " + path.toAbsolutePath() + " " + why));
    for (ReportTarget t : reports) {
      if (ReportFiles.identity(t.path()).equals(ReportFiles.identity(path))) {
        problems.add(
            "--record "
                + path
                + ": names the same file as --report "
                + t.format()
                + "="
                + t.path()
                + ": give the record its own path");
      }
    }
    if (problems.isEmpty()) {
      try {
        ReportFiles.checkWritable(path);
      } catch (IOException e) {
        problems.add("--record " + path + ": cannot write there: " + ReportFiles.why(e));
      }
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems));
  }

  /** The signing key, read once the plan has registered its forms with the redactor. */
  Optional<SigningKey> key(Environment env) throws KeyException {
    return path == null ? Optional.empty() : SigningKey.fromEnvironment(env);
  }

  /** Writes the record; the exit code unchanged, or 2 when it could not be written. */
  int write(
      int exit,
      Plan plan,
      RunReport report,
      Optional<SigningKey> key,
      Environment env,
      Clock clock,
      Console console,
      boolean quiet) {
    if (path == null) {
      return exit;
    }
    try {
      byte[] bytes =
          DecisionRecords.write(plan, report, env, clock, console.redactor()::redact, key);
      ReportFiles.writeAtomically(path, new String(bytes, StandardCharsets.UTF_8));
    } catch (DecisionRecords.NoCommit e) {
      return cannotWrite(console, e.getMessage(), report);
    } catch (IOException e) {
      return cannotWrite(console, ReportFiles.why(e), report);
    }
    if (key.isEmpty() && !quiet) {
      console.errLine(
          "release-sentinel: warning: the decision record "
              + path
              + " is unsigned (RELEASE_SENTINEL_SIGNING_KEY is not set): it cannot be"
              + " authenticated");
    }
    return exit;
  }

  private int cannotWrite(Console console, String why, RunReport report) {
    console.errLine(
        "release-sentinel: error: cannot write the decision record to "
            + path
            + ": "
            + why
            + "; the verdict was "
            + report.verdict());
    return Cli.EXIT_USAGE;
  }
}
