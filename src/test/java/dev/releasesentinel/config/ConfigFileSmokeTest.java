package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.engine.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigFileSmokeTest {

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
    Config prod = file.select(Optional.of("prod"));
    assertThat(prod.env().orElseThrow().secrets())
        .extracting(EnvConfig.Variable::name)
        .containsExactly("DB_PASSWORD", "API_TOKEN", "PAYMENTS_TOKEN");
    assertThat(file.select(Optional.of("staging")).git().orElseThrow().branches())
        .containsExactly("**");
  }

  @Test
  void reportsEveryProblemWithLineAndColumn() {
    String yaml =
        "git:\n  brnaches: [main]\n  remote: origin\napi:\n  defaults: { timeout: 5 }\n  endpoints: []\n";
    assertThatThrownBy(() -> ConfigFile.parse(yaml, "x.yml", Optional.empty(), Path.of(".")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("x.yml:2:3: unknown key 'brnaches' in git; did you mean 'branches'?")
        .hasMessageContaining(
            "x.yml:5:24: api.defaults.timeout: '5' is not a duration; add a unit, e.g. 5s");
  }
}
