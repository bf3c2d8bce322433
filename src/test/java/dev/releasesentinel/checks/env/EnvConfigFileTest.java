package dev.releasesentinel.checks.env;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Severity;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the env family reads from its section of a config file. */
class EnvConfigFileTest {

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
    assertThat(EnvFamily.config(c).orElseThrow().optional())
        .extracting(EnvConfig.Variable::name)
        .containsExactly("LOG_LEVEL");
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
}
