package dev.releasesentinel.checks.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Severity;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the system family reads from its section of a config file. */
class SystemConfigFileTest {

  static Config load(String yaml) throws Exception {
    return Families.loader()
        .parse(yaml, "c.yml", Optional.empty(), Path.of("/repo"))
        .select(Optional.empty());
  }

  @Test
  void loadsTheSpecExample() throws Exception {
    Config c =
        Families.loader()
            .load(Path.of("src/test/resources/configs/spec-example.yml"))
            .select(Optional.empty());
    assertThat(SystemFamily.config(c).orElseThrow().disks()).hasSize(2);
  }

  @Test
  void aPresentSectionTakesTheDefaultsForUnsetKeys() throws Exception {
    SystemConfig s = SystemFamily.config(load("system: {}\n")).orElseThrow();
    assertThat(s.disks()).singleElement().satisfies(d -> assertThat(d.path()).isEqualTo("."));
    assertThat(s.memory()).isPresent();
    assertThat(s.load()).isEmpty();
  }

  @Test
  void thresholdsDefaultToCriticalAndProcessesToBlock() throws Exception {
    SystemConfig s =
        SystemFamily.config(
                load(
                    "system:\n  disk: [{ path: /, warn: 80% }]\n  processes: [{ name: dockerd }]\n"))
            .orElseThrow();
    assertThat(s.disks().get(0).spec().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(s.processes().get(0).spec().severity()).isEqualTo(Severity.BLOCK);
  }

  @Test
  void memoryFalseTurnsTheMemoryCheckOff() throws Exception {
    assertThat(SystemFamily.config(load("system:\n  memory: false\n")).orElseThrow().memory())
        .isEmpty();
  }

  @Test
  void builtInDefaultsFollowTheDocs() throws Exception {
    Config c = Families.loader().builtIn().select(Optional.empty());
    assertThat(SystemFamily.config(c).orElseThrow().disks().get(0).critical().getAsDouble())
        .isEqualTo(95.0);
    assertThat(SystemFamily.config(c).orElseThrow().memory().orElseThrow().warn().getAsDouble())
        .isEqualTo(90.0);
  }
}
