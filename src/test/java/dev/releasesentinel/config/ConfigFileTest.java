package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file as a whole; what each family reads from its section is tested in its own package. */
class ConfigFileTest {

  static Config load(String yaml) throws ConfigException {
    return Families.loader()
        .parse(yaml, "c.yml", Optional.empty(), Path.of("/repo"))
        .select(Optional.empty());
  }

  @Test
  void loadsTheSpecExample() throws Exception {
    ConfigFile file =
        Families.loader().load(Path.of("src/test/resources/configs/spec-example.yml"));
    Config c = file.select(Optional.empty());
    assertThat(c.timeout()).contains(Duration.ofSeconds(120));
    assertThat(c.sectionNames()).contains("git", "env", "system", "api");
    assertThat(file.environments()).containsExactly("prod", "staging");
  }

  @Test
  void aFamilyAbsentFromTheFileDoesNotRun() throws Exception {
    assertThat(load("git: {}\n").sectionNames()).containsExactly("git");
  }

  @Test
  void aProfileCanRemoveAFamily() throws Exception {
    ConfigFile f =
        Families.loader()
            .parse(
                "git: { branches: [main] }\nsystem: { memory: { warn: 80% } }\n"
                    + "environments:\n  staging:\n    system: null\n",
                "c.yml", Optional.empty(), Path.of("."));
    assertThat(f.select(Optional.of("staging")).sectionNames()).containsExactly("git");
    assertThat(f.select(Optional.empty()).sectionNames())
        .containsExactlyInAnyOrder("git", "system");
  }

  @Test
  void theBuiltInConfigIsMarkedAsSuch() throws Exception {
    Config c = Families.loader().builtIn().select(Optional.empty());
    assertThat(c.builtIn()).isTrue();
    assertThat(c.sectionNames()).contains("git", "system").doesNotContain("env", "api");
  }

  @Test
  void discoversTheDefaultFileNamesInOrder(@TempDir Path dir) throws Exception {
    assertThat(ConfigFile.discover(dir)).isEmpty();
    Files.createDirectories(dir.resolve(".github"));
    Files.writeString(dir.resolve(".github/release-sentinel.yml"), "git: {}\n");
    assertThat(ConfigFile.discover(dir)).contains(dir.resolve(".github/release-sentinel.yml"));
    Files.writeString(dir.resolve(".release-sentinel.yml"), "git: {}\n");
    assertThat(ConfigFile.discover(dir)).contains(dir.resolve(".release-sentinel.yml"));
  }
}
