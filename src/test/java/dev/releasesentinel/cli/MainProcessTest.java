package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real process, in a JVM of its own with a small heap: exit codes and stderr as a shell sees
 * them when stdout is a full disk, or the config an endless device.
 */
@DisabledOnOs(OS.WINDOWS)
class MainProcessTest {

  @TempDir Path dir;

  record Run(int exit, String err) {}

  Run main(File stdout, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(
        List.of(
            "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    Path err = dir.resolve("stderr");
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(stdout)
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aReportWrittenToAFullDiskIsExitTwoWithTheReason() throws Exception {
    Files.writeString(dir.resolve(".release-sentinel.yml"), "system: { memory: { warn: 99% } }\n");
    Run r = main(new File("/dev/full"), "check", "--format", "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err())
        .contains("release-sentinel: error: cannot write the json report to stdout:")
        .contains("No space left on device")
        .contains("the report is lost")
        .doesNotContain("\tat ");
  }

  @Test
  void anEndlessConfigIsExitTwoInASmallHeap() throws Exception {
    Run r = main(dir.resolve("out").toFile(), "validate", "-c", "/dev/zero");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("release-sentinel: error: /dev/zero: the config file goes on past the limit")
        .doesNotContain("\tat ")
        .doesNotContain("OutOfMemoryError");
  }
}
