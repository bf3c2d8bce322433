package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
