package dev.releasesentinel.testing;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Source;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.engine.WaitSummary;
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
    attempts.put("reason", "expected 200");
    Map<String, Object> apiDetails = new LinkedHashMap<>();
    apiDetails.put("method", "GET");
    apiDetails.put("url", "https://payments.internal/health?context=deploy&trace=gate_1");
    apiDetails.put(
        "attempts",
        List.of(attempts, Map.of("attempt", 2, "status", 200, "latencyMs", 143, "waitMs", 250)));
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
                .withHint("release a new version, or delete the tag if it was made by mistake")
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

  /**
   * A SAFE run with a failure that does not block (severity warn), a WARN, a waived failure with a
   * long URL, and checks left out by --only.
   */
  public static RunReport warnWaived() {
    Map<String, Object> api = new LinkedHashMap<>();
    api.put("method", "GET");
    api.put(
        "url",
        "http://127.0.0.1:38567/down/recommendations/v4/models/ranker-2026-11/health"
            + "?explain=false&shadow=true&token_hint=none");
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("attempt", 1);
    one.put("latencyMs", 1000);
    one.put("error", "no answer within 1 s");
    Map<String, Object> two = new LinkedHashMap<>();
    two.put("attempt", 2);
    two.put("waitMs", 108);
    two.put("status", 200);
    two.put("latencyMs", 53);
    two.put("reason", "/status is \"DOWN\", expected \"UP\"");
    api.put("attempts", List.of(one, two));
    List<CheckResult> results =
        List.of(
            r("git.clean-tree", Status.PASS, Severity.BLOCK, "working tree clean", 687)
                .withCheck("no uncommitted changes in the work tree", at(3, 1)),
            r("env.required:LOG_FORMAT", Status.FAIL, Severity.WARN, "LOG_FORMAT is not set", 1)
                .withHint(
                    "set it in the environment of the job that runs the gate, or remove it from"
                        + " env.required")
                .withCheck("LOG_FORMAT is set", at(14, 5)),
            r(
                    "system.disk:.",
                    Status.WARN,
                    Severity.CRITICAL,
                    "31% full (70.7 GiB free of 252.0 GiB): at or above warn: 1%",
                    4)
                .withDetails(Map.of("usedPercent", 31, "availableBytes", 75938287616L))
                .withCheck("enough free disk space", at(12, 3)),
            r(
                    "api:recommendations",
                    Status.FAIL,
                    Severity.BLOCK,
                    "/status is \"DOWN\", expected \"UP\" (2 attempts: no answer within 1 s, then"
                        + " 200 in 53 ms)",
                    1195)
                .withDetails(api)
                .withAttempts(2)
                .withCheck("GET the recommendations health endpoint", at(41, 7))
                .waive(
                    "api:recommendations",
                    "ranker-2026-11 rollout, owner @ml-team",
                    "alice",
                    Optional.of("2026-12-31"),
                    Optional.of("OPS-1432"),
                    Optional.of(31L)));
    return new RunReport(
        "0.2.0",
        Verdict.SAFE,
        false,
        Optional.of("prod"),
        Optional.of("v1.1.0"),
        new RunReport.Repository(
            ".", Optional.of("a338905d77caa53fba27df1a8bd0c6112070823b"), Optional.of("main")),
        Optional.of("GitHub Actions"),
        STARTED,
        Duration.ofMillis(1763),
        results,
        List.of(),
        new RunReport.Unselected(5, "--only git,env,system,api:recommendations"));
  }

  /**
   * A BLOCKED run whose checks of one family share a cause: the first carries it, the others need
   * it; a failing upstream with a URL that holds {@code &} and {@code _}.
   */
  public static RunReport blockedNeeds() {
    Map<String, Object> api = new LinkedHashMap<>();
    api.put("method", "GET");
    api.put(
        "url",
        "http://127.0.0.1:40731/status/503/search/v3/indexes/catalog-primary/health"
            + "?context=deploy&trace=release-gate&dry_run=1");
    api.put("attempts", List.of(Map.of("attempt", 1, "status", 503, "latencyMs", 60)));
    api.put("body", "upstream says 503 & <nothing> | more");
    List<CheckResult> results =
        List.of(
            r(
                    "git.clean-tree",
                    Status.ERROR,
                    Severity.BLOCK,
                    "could not check: /home/runner/work/app/app is not a git repository",
                    12)
                .withHint(
                    "run the gate in a git checkout (actions/checkout), or point"
                        + " working-directory at one")
                .withCheck("no uncommitted changes in the work tree", at(3, 1)),
            r("git.branch", Status.SKIP, Severity.BLOCK, "needs git.clean-tree: same cause", 0)
                .withNeeds(CheckId.of("git.clean-tree"))
                .withCheck("HEAD is on an allowed branch", at(4, 1)),
            r("env.required:DATABASE_URL", Status.PASS, Severity.BLOCK, "DATABASE_URL is set", 1),
            r(
                    "api:search-index",
                    Status.FAIL,
                    Severity.BLOCK,
                    "503 on the only attempt (60 ms); expected 2xx",
                    61)
                .withDetails(api)
                .withHint("the upstream is failing: wait for it to recover, or deploy without it")
                .withCheck("GET the search index health endpoint", at(23, 7)));
    return new RunReport(
        "0.2.0",
        Verdict.BLOCKED,
        false,
        Optional.of("prod"),
        Optional.of("v1.1.0"),
        new RunReport.Repository(
            ".", Optional.of("a338905d77caa53fba27df1a8bd0c6112070823b"), Optional.of("main")),
        Optional.empty(),
        STARTED,
        Duration.ofMillis(786),
        results,
        List.of());
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
        Optional.empty(),
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
        List.of(),
        new RunReport.Unselected(3, "--only git.version-format,git.tag-absent"));
  }

  /**
   * A SAFE run after {@code --wait 5m --interval 30s}: an upstream blocked two rounds and healed in
   * the third, 62 s after the first.
   */
  public static RunReport waited() {
    Instant second = STARTED.plusSeconds(31);
    Instant third = STARTED.plusSeconds(62);
    List<CheckResult> results =
        List.of(
            r("git.clean-tree", Status.PASS, Severity.BLOCK, "working tree is clean", 12),
            r("api:payments", Status.PASS, Severity.CRITICAL, "200 in 88 ms", 90),
            r(
                "system.memory",
                Status.WARN,
                Severity.CRITICAL,
                "memory 91% used: above warn 90%",
                5));
    Map<CheckId, Instant> firstPassed = new LinkedHashMap<>();
    firstPassed.put(CheckId.of("git.clean-tree"), STARTED);
    firstPassed.put(CheckId.of("system.memory"), STARTED);
    firstPassed.put(CheckId.of("api:payments"), third);
    WaitSummary wait =
        new WaitSummary(
            STARTED.plus(Duration.ofMinutes(5)),
            Duration.ofSeconds(30),
            List.of(
                new WaitSummary.Round(
                    1, STARTED, Verdict.CRITICAL, List.of(CheckId.of("api:payments"))),
                new WaitSummary.Round(
                    2, second, Verdict.CRITICAL, List.of(CheckId.of("api:payments"))),
                new WaitSummary.Round(3, third, Verdict.SAFE, List.of())),
            firstPassed,
            "the gate passed");
    return new RunReport(
            "0.2.0",
            Verdict.CRITICAL,
            false,
            Optional.of("prod"),
            Optional.of("v1.1.0"),
            new RunReport.Repository(
                ".", Optional.of("a338905d77caa53fba27df1a8bd0c6112070823b"), Optional.of("main")),
            Optional.empty(),
            third,
            Duration.ofMillis(104),
            results,
            List.of())
        .withWait(Verdict.SAFE, wait);
  }
}
