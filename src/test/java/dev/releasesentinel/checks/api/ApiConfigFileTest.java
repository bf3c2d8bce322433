package dev.releasesentinel.checks.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the api family reads from its section of a config file. */
class ApiConfigFileTest {

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
    assertThat(ApiFamily.config(c).orElseThrow().endpoints().get(0).spec().severity())
        .isEqualTo(Severity.CRITICAL);
  }

  @Test
  void defaultsApplyToEveryEndpoint() throws Exception {
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
  void theShortestTimeoutLoads() throws Exception {
    ApiConfig a =
        ApiFamily.config(
                load(
                    "api:\n  defaults: { timeout: 1ms, backoff: 1ms, max-backoff: 60m }\n"
                        + "  endpoints: [ { name: a, url: \"http://h.example/\" } ]\n"))
            .orElseThrow();
    assertThat(a.endpoints().get(0).timeout()).isEqualTo(Duration.ofMillis(1));
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
}
