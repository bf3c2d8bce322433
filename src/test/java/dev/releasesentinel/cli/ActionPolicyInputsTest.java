package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.FakeCheck;
import dev.releasesentinel.testing.FakeFamily;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Action's inputs at, waive, wait and interval, mapped like the check flags. */
class ActionPolicyInputsTest {

  @TempDir Path tmp;

  static List<Family> failing() {
    return List.of(
        FakeFamily.of(
            FakeCheck.of("env.required:DATABASE_URL", Status.FAIL).message("not set"),
            FakeCheck.of("git.clean-tree", Status.PASS)));
  }

  ActionHarness gh() {
    return new ActionHarness(tmp).config("env: { required: [DATABASE_URL] }\n");
  }

  @Test
  void aWaiveLineWaivesTheCheckForThisRun() {
    ActionHarness.Run r =
        gh().env("GITHUB_ACTOR", "octocat")
            .input("waive", "env.required: INC-4711, the fix must ship\n")
            .run(failing());
    assertThat(r.exitCode()).as(String.join("\n", r.lines())).isZero();
  }

  @Test
  void withoutTheWaiverTheRunIsBlocked() {
    assertThat(gh().run(failing()).exitCode()).isEqualTo(1);
  }

  @Test
  void theWaitInputPutsTheRoundsInTheJobSummary() {
    ActionHarness.Run r = gh().input("wait", "2s").input("interval", "1s").run(failing());
    assertThat(r.exitCode()).as(String.join("\n", r.lines())).isEqualTo(1);
    assertThat(r.summary())
        .contains("⏳ Waited ")
        .contains("(BLOCKED in round ")
        .contains("<details><summary>⏳ ")
        .contains("| 1 | ")
        .contains("`env.required:DATABASE_URL`");
  }

  @Test
  void withAtTheWaitSleepsOnThatTimeline() {
    // Frozen for 2 s after 'at': one sleep to the freeze's end, then SAFE. Sleeping on the real
    // clock, the wait would not sleep at all (2020 is past) and spin round after round.
    ActionHarness.Run r =
        new ActionHarness(tmp)
            .config(
                "schedule:\n  freezes:\n    - { name: launch, from: \"2020-01-01T00:00:00Z\","
                    + " to: \"2020-01-01T00:00:02Z\" }\n")
            .input("at", "2020-01-01T00:00:00Z")
            .input("wait", "20s")
            .input("interval", "10s")
            .run(Families.all());
    String log = String.join("\n", r.lines());
    assertThat(r.exitCode()).as(log).isZero();
    assertThat(r.lines().stream().filter(l -> l.contains("release-sentinel: round ")))
        .hasSize(2)
        .first()
        .asString()
        .contains("round 1 at 2020-01-01T00:00:00")
        .contains("next round at 2020-01-01T00:00:02Z");
  }

  @Test
  void badInputsAreExitTwoNamingTheInput() {
    ActionHarness.Run at = gh().input("at", "next friday").run(failing());
    assertThat(at.exitCode()).isEqualTo(2);
    assertThat(String.join("\n", at.lines()))
        .contains("input 'at' 'next friday' is not an RFC 3339");
    ActionHarness.Run waive = gh().input("waive", "no reason here").run(failing());
    assertThat(waive.exitCode()).isEqualTo(2);
    assertThat(String.join("\n", waive.lines()))
        .contains("input 'waive' line 1 is not 'ID: reason'");
    ActionHarness.Run interval = gh().input("interval", "5s").run(failing());
    assertThat(interval.exitCode()).isEqualTo(2);
    assertThat(String.join("\n", interval.lines()))
        .contains("input 'interval' is given without input 'wait'");
  }
}
