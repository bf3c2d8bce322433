package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.record.OpenSsl;
import dev.releasesentinel.testing.RunnerProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action's {@code record} input and output, as the runner starts the action. */
class ActionRecordTest {

  @TempDir Path tmp;
  @TempDir Path keys;

  @Test
  void theRecordIsWrittenNamedInTheOutputsAndTheKeyIsMaskedFirst() throws Exception {
    OpenSsl openssl = new OpenSsl(keys);
    Path key = openssl.generate("k", "ecdsa");
    String pem = Files.readString(key);
    ActionHarness gh =
        new ActionHarness(tmp)
            .config(ActionCommandTest.CONFIG)
            .env("RELEASE_SENTINEL_SIGNING_KEY", pem)
            .input("record", ".release-sentinel/decision.json");
    ActionHarness.Run r = gh.run(ActionCommandTest.blocked());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outputs()).containsEntry("record", ".release-sentinel/decision.json");
    Path record = gh.workspace.resolve(".release-sentinel/decision.json");
    CliRun v =
        RecordCommandTest.verify(
            record.toString(),
            "--key",
            openssl.publicOf(key).toString(),
            "--commit",
            ActionHarness.MERGE_SHA,
            "--expect",
            "FAILED");
    assertThat(v.exitCode()).as(v.out() + v.err()).isZero();
    // Every line of the key's body is registered with the runner before anything else is said.
    List<String> lines = r.lines();
    int firstOther = 0;
    while (firstOther < lines.size() && lines.get(firstOther).startsWith("::add-mask::")) {
      firstOther++;
    }
    List<String> masked =
        r.commands("add-mask").stream().map(RunnerProtocol.Command::data).toList();
    for (String line : pem.lines().filter(l -> !l.startsWith("-----")).toList()) {
      assertThat(masked).contains(line);
    }
    String body = String.join("", pem.lines().filter(l -> !l.startsWith("-----")).toList());
    String afterMasks = String.join("\n", lines.subList(firstOther, lines.size()));
    assertThat(afterMasks).doesNotContain(body.substring(0, 16));
    assertThat(Files.readString(record)).doesNotContain(body.substring(0, 16));
  }

  @Test
  void aRecordPathThatCannotTakeItStopsTheStepBeforeAnyCheck() throws Exception {
    ActionHarness gh =
        new ActionHarness(tmp).config(ActionCommandTest.CONFIG).input("record", "out");
    Files.createDirectories(gh.workspace.resolve("out"));
    ActionHarness.Run r = gh.run(ActionCommandTest.blocked());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.commands("error"))
        .anySatisfy(e -> assertThat(e.data()).contains("input 'record' (out)", "is a directory"));
    assertThat(r.outputs()).doesNotContainKey("record");
    ActionHarness outside =
        new ActionHarness(tmp.resolve("b"))
            .config(ActionCommandTest.CONFIG)
            .input("record", "../x.json");
    assertThat(outside.run(ActionCommandTest.blocked()).exitCode()).isEqualTo(2);
  }
}
