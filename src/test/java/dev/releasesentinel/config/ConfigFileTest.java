package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.api.ApiConfig;
import dev.releasesentinel.checks.api.ApiFamily;
import dev.releasesentinel.checks.env.EnvConfig;
import dev.releasesentinel.checks.env.EnvFamily;
import dev.releasesentinel.checks.git.GitConfig;
import dev.releasesentinel.checks.git.GitFamily;
import dev.releasesentinel.checks.system.SystemConfig;
import dev.releasesentinel.checks.system.SystemFamily;
import dev.releasesentinel.engine.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertThat(GitFamily.config(c).orElseThrow().branches()).containsExactly("main", "release/*");
    assertThat(EnvFamily.config(c).orElseThrow().optional())
        .extracting(EnvConfig.Variable::name)
        .containsExactly("LOG_LEVEL");
    assertThat(SystemFamily.config(c).orElseThrow().disks()).hasSize(2);
    assertThat(ApiFamily.config(c).orElseThrow().endpoints().get(0).spec().severity())
        .isEqualTo(Severity.CRITICAL);
    assertThat(file.environments()).containsExactly("prod", "staging");
  }

  @Test
  void aFamilyAbsentFromTheFileDoesNotRun() throws Exception {
    Config c = load("git: {}\n");
    assertThat(GitFamily.config(c)).isPresent();
    assertThat(EnvFamily.config(c)).isEmpty();
    assertThat(SystemFamily.config(c)).isEmpty();
    assertThat(ApiFamily.config(c)).isEmpty();
  }

  @Test
  void aPresentFamilyTakesTheDefaultsForUnsetKeys() throws Exception {
    GitConfig g = GitFamily.config(load("git:\n")).orElseThrow();
    assertThat(g.branches()).containsExactly("main", "release/*");
    assertThat(g.remote()).isEqualTo("origin");
    assertThat(g.version().prefix()).isEqualTo("v");
    assertThat(g.version().required()).isTrue();
    assertThat(g.cleanTree().enabled()).isTrue();
    assertThat(g.tagAbsent().enabled()).isTrue();
    assertThat(g.versionOrder().enabled()).isTrue();
    SystemConfig s = SystemFamily.config(load("system: {}\n")).orElseThrow();
    assertThat(s.disks()).singleElement().satisfies(d -> assertThat(d.path()).isEqualTo("."));
    assertThat(s.memory()).isPresent();
    assertThat(s.load()).isEmpty();
  }

  @Test
  void familySeverityIsTheDefaultAndAnEntryOverridesIt() throws Exception {
    EnvConfig e =
        EnvFamily.config(
                load("env:\n  severity: critical\n  required: [A, { name: B, severity: warn }]\n"))
            .orElseThrow();
    assertThat(e.required())
        .extracting(v -> v.spec().severity())
        .containsExactly(Severity.CRITICAL, Severity.WARN);
  }

  @Test
  void systemThresholdsDefaultToCriticalAndProcessesToBlock() throws Exception {
    SystemConfig s =
        SystemFamily.config(
                load(
                    "system:\n  disk: [{ path: /, warn: 80% }]\n  processes: [{ name: dockerd }]\n"))
            .orElseThrow();
    assertThat(s.disks().get(0).spec().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(s.processes().get(0).spec().severity()).isEqualTo(Severity.BLOCK);
  }

  @Test
  void profilesMergeMapsKeyByKeyReplaceListsAndNullRemoves() throws Exception {
    ConfigFile f =
        Families.loader()
            .parse(
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
    assertThat(GitFamily.config(staging).orElseThrow().branches()).containsExactly("**");
    assertThat(GitFamily.config(staging).orElseThrow().remote()).isEqualTo("upstream");
    assertThat(SystemFamily.config(staging)).isEmpty();
    assertThat(SystemFamily.config(f.select(Optional.empty()))).isPresent();
  }

  @Test
  void memoryFalseTurnsTheMemoryCheckOff() throws Exception {
    assertThat(SystemFamily.config(load("system:\n  memory: false\n")).orElseThrow().memory())
        .isEmpty();
  }

  @Test
  void apiDefaultsApplyToEveryEndpoint() throws Exception {
    ApiConfig a =
        ApiFamily.config(
                load(
                    "api:\n  defaults: { timeout: 2s, attempts: 5 }\n  endpoints:\n"
                        + "    - { name: a, url: http://a }\n    - { name: b, url: http://b, attempts: 1 }\n"))
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
        ApiFamily.config(
                load(
                    "api:\n  endpoints:\n    - { name: a, url: https://a, ca-file: certs/ca.pem }\n"))
            .orElseThrow();
    assertThat(a.endpoints().get(0).caFile()).contains(Path.of("/repo/certs/ca.pem"));
  }

  @Test
  void builtInDefaultsFollowTheSpec() throws Exception {
    Config c = Families.loader().builtIn().select(Optional.empty());
    assertThat(c.builtIn()).isTrue();
    assertThat(GitFamily.config(c).orElseThrow().branches())
        .containsExactly("main", "release/*", "master");
    assertThat(SystemFamily.config(c).orElseThrow().disks().get(0).critical().getAsDouble())
        .isEqualTo(95.0);
    assertThat(SystemFamily.config(c).orElseThrow().memory().orElseThrow().warn().getAsDouble())
        .isEqualTo(90.0);
    assertThat(EnvFamily.config(c)).isEmpty();
    assertThat(ApiFamily.config(c)).isEmpty();
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
