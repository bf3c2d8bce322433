package dev.releasesentinel.record;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A decision as a tag release on GitHub Actions makes it, with a fixed time. */
final class SampleDecision {

  static final String COMMIT = "3f2c1a9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39";
  static final String REPO = "git+https://github.com/acme/shop";
  static final Instant TIME = Instant.parse("2026-12-07T10:15:30.123456Z");

  private SampleDecision() {}

  static DecisionInput input(Verdict verdict) {
    List<CheckResult> results =
        List.of(
            result("git.clean-tree", Status.PASS, Severity.BLOCK, "working tree is clean"),
            result("git.tag-absent", Status.PASS, Severity.BLOCK, "tag v1.4.2 does not exist yet"),
            result(
                "release.manifest:pom.xml",
                verdict == Verdict.SAFE ? Status.PASS : Status.FAIL,
                Severity.BLOCK,
                verdict == Verdict.SAFE
                    ? "pom.xml declares project/version '1.4.2' (pom.xml:7:3): the release version v1.4.2"
                    : "pom.xml declares project/version '1.4.2-SNAPSHOT' (pom.xml:7:3), a -SNAPSHOT"
                        + " development version, but the release version is v1.4.2"),
            result(
                "api:payments",
                Status.WARN,
                Severity.BLOCK,
                "answered 200 after 2 attempts \"ok\""));
    return new DecisionInput(
        verdict,
        false,
        results,
        List.of(
            new DecisionInput.AppliedWaiver(
                "system.load",
                "batch window, load is expected",
                "jane@acme.example",
                Optional.of("2026-12-31"),
                Optional.of("OPS-1234"))),
        COMMIT,
        Optional.of("v1.4.2"),
        Optional.of("prod"),
        REPO,
        Optional.of("refs/tags/v1.4.2"),
        DecisionInput.Policy.inRepository(
            REPO,
            COMMIT,
            ".release-sentinel.yml",
            "git:\n  branches: [main]\n".getBytes(StandardCharsets.UTF_8)),
        List.of(),
        new DecisionInput.CiRunInfo(
            "GitHub Actions",
            Optional.of("https://github.com/acme/shop/actions/runs/42/attempts/1"),
            Optional.of("octocat")),
        DecisionInput.DEFAULT_VERIFIER,
        "0.2.0",
        TIME);
  }

  private static CheckResult result(String id, Status s, Severity sev, String message) {
    return new CheckResult(CheckId.of(id), s, sev, message, Map.of(), Duration.ofMillis(12), 1);
  }
}
