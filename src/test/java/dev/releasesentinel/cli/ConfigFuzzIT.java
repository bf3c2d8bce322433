package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fuzz pass over the config loader ({@link ConfigFuzz}) in a JVM of its own with a 64 MiB heap:
 * every case ends in exit 2 (or 0 for a config that is in fact valid) with one error line and no
 * stack trace, each within a few seconds; running out of memory fails the case. The seed is random
 * per run and printed on failure; replay one with {@code -Dfuzz.seed=SEED}.
 */
class ConfigFuzzIT {

  @TempDir Path dir;

  @Test
  void badConfigsAreExitTwoWithoutAStackTraceInBoundedTimeAndMemory() throws Exception {
    long seed = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
    int cases = Integer.getInteger("fuzz.cases", 240);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(
        List.of(
            "-Xmx64m",
            "-Xss512k",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            ConfigFuzz.class.getName(),
            Long.toString(seed),
            Integer.toString(cases),
            dir.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(done).as("fuzz seed %d finished within 120 s: %s", seed, out).isTrue();
    assertThat(p.exitValue())
        .as("fuzz seed %d (replay: -Dfuzz.seed=%d):%n%s", seed, seed, out)
        .isZero();
    assertThat(out).contains("cases " + cases + ", misbehaved 0");
  }
}
