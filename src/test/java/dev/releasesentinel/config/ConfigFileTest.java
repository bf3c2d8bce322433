package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

  static Config load(String yaml) throws ConfigException {
    return ConfigFile.parse(yaml, "c.yml", Optional.empty(), Path.of("/repo"))
        .select(Optional.empty());
  }

  @Test
  void loadsTheSpecExample() throws Exception {
    ConfigFile file = ConfigFile.load(Path.of("src/test/resources/configs/spec-example.yml"));
    Config c = file.select(Optional.empty());
    assertThat(c.timeout()).contains(Duration.ofSeconds(120));
    assertThat(c.git().orElseThrow().branches()).containsExactly("main", "release/*");
    assertThat(c.env().orElseThrow().optional())
        .extracting(EnvConfig.Variable::name)
        .containsExactly("LOG_LEVEL");
    assertThat(c.system().orElseThrow().disks()).hasSize(2);
    assertThat(c.api().orElseThrow().endpoints().get(0).spec().severity())
        .isEqualTo(Severity.CRITICAL);
    assertThat(file.environments()).containsExactly("prod", "staging");
  }

  @Test
  void aFamilyAbsentFromTheFileDoesNotRun() throws Exception {
    Config c = load("git: {}\n");
    assertThat(c.git()).isPresent();
    assertThat(c.env()).isEmpty();
    assertThat(c.system()).isEmpty();
    assertThat(c.api()).isEmpty();
  }

  @Test
  void aPresentFamilyTakesTheDefaultsForUnsetKeys() throws Exception {
    GitConfig g = load("git:\n").git().orElseThrow();
    assertThat(g.branches()).containsExactly("main", "release/*");
    assertThat(g.remote()).isEqualTo("origin");
    assertThat(g.version().prefix()).isEqualTo("v");
    assertThat(g.version().required()).isTrue();
    assertThat(g.cleanTree().enabled()).isTrue();
    assertThat(g.tagAbsent().enabled()).isTrue();
    assertThat(g.versionOrder().enabled()).isTrue();
    SystemConfig s = load("system: {}\n").system().orElseThrow();
    assertThat(s.disks()).singleElement().satisfies(d -> assertThat(d.path()).isEqualTo("."));
    assertThat(s.memory()).isPresent();
    assertThat(s.load()).isEmpty();
  }

  @Test
  void familySeverityIsTheDefaultAndAnEntryOverridesIt() throws Exception {
    EnvConfig e =
        load("env:\n  severity: critical\n  required: [A, { name: B, severity: warn }]\n")
            .env()
            .orElseThrow();
    assertThat(e.required())
        .extracting(v -> v.spec().severity())
        .containsExactly(Severity.CRITICAL, Severity.WARN);
  }

  @Test
  void systemThresholdsDefaultToCriticalAndProcessesToBlock() throws Exception {
    SystemConfig s =
        load("system:\n  disk: [{ path: /, warn: 80% }]\n  processes: [{ name: dockerd }]\n")
            .system()
            .orElseThrow();
    assertThat(s.disks().get(0).spec().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(s.processes().get(0).spec().severity()).isEqualTo(Severity.BLOCK);
  }

  @Test
  void profilesMergeMapsKeyByKeyReplaceListsAndNullRemoves() throws Exception {
    ConfigFile f =
        ConfigFile.parse(
            """
            git:
              branches: [main]
              remote: upstream
            system:
              memory: { warn: 80% }
            environments:
              staging:
                git: { branches: ["**"] }
                system: null
            """,
            "c.yml", Optional.empty(), Path.of("."));
    Config staging = f.select(Optional.of("staging"));
    assertThat(staging.git().orElseThrow().branches()).containsExactly("**");
    assertThat(staging.git().orElseThrow().remote()).isEqualTo("upstream");
    assertThat(staging.system()).isEmpty();
    assertThat(f.select(Optional.empty()).system()).isPresent();
  }

  @Test
  void memoryFalseTurnsTheMemoryCheckOff() throws Exception {
    assertThat(load("system:\n  memory: false\n").system().orElseThrow().memory()).isEmpty();
  }

  @Test
  void apiDefaultsApplyToEveryEndpoint() throws Exception {
    ApiConfig a =
        load("api:\n  defaults: { timeout: 2s, attempts: 5 }\n  endpoints:\n"
                + "    - { name: a, url: http://a }\n    - { name: b, url: http://b, attempts: 1 }\n")
            .api()
            .orElseThrow();
    assertThat(a.endpoints())
        .extracting(ApiConfig.Endpoint::timeout)
        .containsOnly(Duration.ofSeconds(2));
    assertThat(a.endpoints()).extracting(ApiConfig.Endpoint::attempts).containsExactly(5, 1);
    assertThat(a.endpoints().get(0).expect().status())
        .containsExactly(new ApiConfig.StatusRange(200, 299));
  }

  @Test
  void caFileIsRelativeToTheConfigFile() throws Exception {
    ApiConfig a =
        load("api:\n  endpoints:\n    - { name: a, url: https://a, ca-file: certs/ca.pem }\n")
            .api()
            .orElseThrow();
    assertThat(a.endpoints().get(0).caFile()).contains(Path.of("/repo/certs/ca.pem"));
  }

  @Test
  void builtInDefaultsFollowTheSpec() throws Exception {
    Config c = ConfigFile.builtIn().select(Optional.empty());
    assertThat(c.builtIn()).isTrue();
    assertThat(c.git().orElseThrow().branches()).containsExactly("main", "release/*", "master");
    assertThat(c.system().orElseThrow().disks().get(0).critical().getAsDouble()).isEqualTo(95.0);
    assertThat(c.system().orElseThrow().memory().orElseThrow().warn().getAsDouble())
        .isEqualTo(90.0);
    assertThat(c.env()).isEmpty();
    assertThat(c.api()).isEmpty();
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
