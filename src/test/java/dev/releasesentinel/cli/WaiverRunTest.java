package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waivers end to end: the config's and this run's, expiry at --at, validate (docs/waivers.md). */
class WaiverRunTest {

  @TempDir Path repo;

  static final String CONFIG =
      """
      env:
        required: [DEPLOY_TOKEN, { name: REGION, severity: critical }]
      waivers:
        - check: env.required:DEPLOY_TOKEN
          reason: "INC-4711: token rotates tonight"
          expires: 2026-12-31
          by: alice
          ticket: INC-4711
      """;

  CliRun run(String config, Map<String, String> env, String... more) throws Exception {
    Files.writeString(repo.resolve(".release-sentinel.yml"), config);
    List<String> args = new ArrayList<>(List.of("check", "-C", repo.toString()));
    args.addAll(List.of(more));
    return CliRun.run(Families.all(), env, args.toArray(String[]::new));
  }

  @Test
  void aWaivedFailureDoesNotBlockAndIsShownWithWhoAndWhy() throws Exception {
    CliRun r = run(CONFIG, Map.of("REGION", "eu"), "--at", "2026-12-20T12:00:00Z");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).containsPattern("WAIVED +env\\.required:DEPLOY_TOKEN");
    CliRun json =
        run(CONFIG, Map.of("REGION", "eu"), "--at", "2026-12-20T12:00:00Z", "--format", "json");
    assertThat(json.out())
        .contains("\"status\": \"WAIVED\"")
        .contains("\"by\": \"alice\"")
        .contains("INC-4711: token rotates tonight")
        .contains("\"expires\": \"2026-12-31\"");
  }

  @Test
  void aWaiverFartherAheadThanThePolicyAllowsIsNotApplied() throws Exception {
    // 2026-11-01 to 2026-12-31 is 60 days: more than the default 30
    CliRun r = run(CONFIG, Map.of("REGION", "eu"), "--at", "2026-11-01T12:00:00Z");
    assertThat(r.exitCode()).as(r.out()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "waiver by alice, INC-4711 not applied: it expires on 2026-12-31, 60 days ahead, more"
                + " than policy.max-waiver-days (30): shorten it");
    String longer = CONFIG + "policy: { max-waiver-days: 60 }\n";
    assertThat(run(longer, Map.of("REGION", "eu"), "--at", "2026-11-01T12:00:00Z").exitCode())
        .isZero();
  }

  @Test
  void theDaysLeftAreCountedFromAtInTheSchedulesZone() throws Exception {
    // 2026-12-30 23:30 UTC is already 31 December in Berlin: the waiver's last day.
    String berlin = CONFIG + "schedule: { timezone: Europe/Berlin }\n";
    assertThat(run(CONFIG, Map.of("REGION", "eu"), "--at", "2026-12-20T12:00:00Z").out())
        .contains("waived by alice until 2026-12-31 (11 days left)");
    assertThat(run(CONFIG, Map.of("REGION", "eu"), "--at", "2026-12-30T23:30:00Z").out())
        .contains("until 2026-12-31 (1 day left)");
    assertThat(run(berlin, Map.of("REGION", "eu"), "--at", "2026-12-30T23:30:00Z").out())
        .contains("until 2026-12-31 (last day)");
  }

  @Test
  void anExpiredWaiverIsNotAppliedAndSaysSo() throws Exception {
    CliRun r = run(CONFIG, Map.of("REGION", "eu"), "--at", "2027-01-01T12:00:00Z");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("waiver expired on 2026-12-31");
  }

  @Test
  void aWaiverForThisRunIsRecordedWithTheCiActor() throws Exception {
    CliRun r =
        run(
            "env: { required: [DEPLOY_TOKEN] }\n",
            Map.of("GITHUB_ACTOR", "octocat"),
            "--waive",
            "env.required",
            "--reason",
            "hotfix for INC-9",
            "--format",
            "json");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .contains("\"status\": \"WAIVED\"")
        .contains("\"by\": \"octocat\"")
        .contains("hotfix for INC-9")
        .contains("\"expires\": \"end of this run\"");
  }

  @Test
  void aCriticalCheckNeedsWaiveCritical() throws Exception {
    String config = "env: { required: [{ name: REGION, severity: critical }] }\n";
    CliRun plain = run(config, Map.of(), "--waive", "env", "--reason", "r");
    assertThat(plain.exitCode()).isEqualTo(2);
    assertThat(plain.out()).contains("does not say critical: true");
    CliRun critical = run(config, Map.of(), "--waive-critical", "env", "--reason", "r");
    assertThat(critical.exitCode()).as(critical.out()).isZero();
  }

  @Test
  void waiveWithoutAReasonIsAUsageError() throws Exception {
    CliRun r = run(CONFIG, Map.of(), "--waive", "env");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--waive needs --reason TEXT");
  }

  @Test
  void validateRefusesAWaiverBeyondMaxWaiverDaysAtItsLine() throws Exception {
    Path file = repo.resolve(".release-sentinel.yml");
    Files.writeString(
        file,
        """
        env: { required: [HOME] }
        policy: { max-waiver-days: 14 }
        waivers:
          - { check: env, reason: r, expires: 2999-01-01, by: bob }
          - { check: nothing-like-this, reason: r, expires: 2000-01-01, by: bob }
        """);
    CliRun r = CliRun.run(Families.all(), Map.of(), "validate", "-c", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "release-sentinel: error: " + file + ":4:5: waivers[0] (env): expires on 2999-01-01")
        .contains("more than policy.max-waiver-days (14)")
        .doesNotContain("Exception");
    Files.writeString(
        file,
        """
        env: { required: [HOME] }
        waivers:
          - { check: nothing-like-this, reason: r, expires: 2000-01-01, by: bob }
        """);
    CliRun warned = CliRun.run(Families.all(), Map.of(), "validate", "-c", file.toString());
    assertThat(warned.exitCode()).isZero();
    assertThat(warned.err())
        .contains(
            "warning: " + file + ":3:5: waivers[0] (nothing-like-this): expired on 2000-01-01")
        .contains("matches no check");
  }
}
