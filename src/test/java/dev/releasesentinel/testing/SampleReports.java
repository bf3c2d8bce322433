package dev.releasesentinel.testing;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Source;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fixed reports with a fixed clock, for golden-file tests of every format. */
public final class SampleReports {

  public static final Instant STARTED = Instant.parse("2026-11-30T12:00:00Z");

  private SampleReports() {}

  static CheckResult r(String id, Status s, Severity sev, String msg, long ms) {
    return new CheckResult(CheckId.of(id), s, sev, msg, Map.of(), Duration.ofMillis(ms), 1);
  }

  /** A place in the run's config file, deploy/.release-sentinel.yml in the repository. */
  static Optional<Source> at(int line, int column) {
    return Optional.of(new Source("deploy/.release-sentinel.yml", line, column));
  }

  /** A blocked run with every status, details, attempts and characters that need escaping. */
  public static RunReport blocked() {
    Map<String, Object> attempts = new LinkedHashMap<>();
    attempts.put("attempt", 1);
    attempts.put("status", 503);
    attempts.put("latencyMs", 120);
    Map<String, Object> apiDetails = new LinkedHashMap<>();
    apiDetails.put("url", "https://payments.internal/health");
    apiDetails.put("attempts", List.of(attempts, Map.of("attempt", 2, "status", 200)));
    List<CheckResult> results =
        List.of(
            r("git.clean-tree", Status.PASS, Severity.BLOCK, "working tree is clean", 12)
                .withCheck("no uncommitted changes in the work tree", at(3, 3)),
            r(
                    "git.tag-absent",
                    Status.FAIL,
                    Severity.BLOCK,
                    "tag v1.4.2 already exists at 9ab3c01 (HEAD is 3f2c1a9)",
                    40)
                .withDetails(Map.of("tag", "v1.4.2", "tagCommit", "9ab3c01"))
                .withCheck(
                    "the release tag does not exist yet, locally or on the remote", at(7, 3)),
            r("git.version-order", Status.SKIP, Severity.BLOCK, "--skip", 0).withAttempts(0),
            r(
                    "env.required:LOG_LEVEL",
                    Status.WARN,
                    Severity.WARN,
                    "LOG_LEVEL is 'debug' | not <one> of info & warn @team",
                    1)
                .withCheck("LOG_LEVEL is set and not empty, one of info, warn", at(10, 15)),
            r(
                "system.disk:/",
                Status.PASS,
                Severity.CRITICAL,
                "/ is 41% full (55.2 GiB free of 94.0 GiB)",
                3),
            r(
                    "api:payments",
                    Status.PASS,
                    Severity.CRITICAL,
                    "200 in 143 ms after 1 failed attempt",
                    1650)
                .withDetails(apiDetails)
                .withAttempts(2),
            r(
                    "api:ledger",
                    Status.ERROR,
                    Severity.CRITICAL,
                    "environment variable LEDGER_TOKEN is not set\nsecond line",
                    2)
                .withCheck("GET https://ledger.internal/health", at(21, 7)));
    return new RunReport(
        "0.1.0",
        Verdict.CRITICAL,
        false,
        Optional.of("prod"),
        Optional.of("v1.4.2"),
        new RunReport.Repository(
            ".", Optional.of("3f2c1a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b"), Optional.of("main")),
        STARTED,
        Duration.ofMillis(1734),
        results,
        List.of());
  }

  /** A safe run. */
  public static RunReport safe() {
    return new RunReport(
        "0.1.0",
        Verdict.SAFE,
        false,
        Optional.empty(),
        Optional.empty(),
        new RunReport.Repository(".", Optional.empty(), Optional.empty()),
        STARTED,
        Duration.ofMillis(420),
        List.of(
            r("git.clean-tree", Status.PASS, Severity.BLOCK, "working tree is clean", 10),
            r(
                "system.memory",
                Status.WARN,
                Severity.CRITICAL,
                "memory 91% used: above warn 90%",
                5)),
        List.of("no config file found; using the built-in defaults"));
  }

  /** A run in which every selected check was skipped: nothing was checked. */
  public static RunReport nothingChecked() {
    return new RunReport(
        "0.1.0",
        Verdict.CRITICAL,
        false,
        Optional.empty(),
        Optional.empty(),
        new RunReport.Repository(".", Optional.empty(), Optional.empty()),
        STARTED,
        Duration.ofMillis(15),
        List.of(
            r(
                    "git.version-format",
                    Status.SKIP,
                    Severity.BLOCK,
                    "no release version given, and git.version.required is false",
                    0)
                .withAttempts(0),
            r("git.tag-absent", Status.SKIP, Severity.BLOCK, "no release version to look for", 0)
                .withAttempts(0)),
        List.of());
  }
}
