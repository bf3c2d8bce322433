package dev.releasesentinel.checks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.api.testing.Yaml;
import dev.releasesentinel.config.ConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The api section of the config as the checks read it. */
class ApiConfigTest {

  private static void load(String yaml) throws ConfigException {
    Families.loader().parse(yaml, "x.yml", Optional.empty(), Path.of("."));
  }

  @Test
  void rejectsABodyOnAGet() {
    assertThatThrownBy(() -> load(Yaml.endpoint("http://a.example/", "body: ping")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("x.yml:5:13:")
        .hasMessageContaining("a GET request cannot carry a body; use method: POST");
  }

  @Test
  void rejectsAnInvalidJsonPointer() {
    assertThatThrownBy(
            () -> load(Yaml.endpoint("http://a.example/", "expect: { json: { /a~2b: 1 } }")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'/a~2b' is not a valid JSON Pointer");
  }

  @Test
  void appliesTheApiDefaultsAndReadsAnExpectedNull() {
    ApiConfig.Endpoint e =
        Endpoints.endpoints(
                """
                api:
                  defaults: { timeout: 2s, attempts: 4, backoff: 100ms, max-backoff: 1s }
                  endpoints:
                    - { name: a, url: "http://a.example/", expect: { json: { /e: null } } }
                """)
            .get(0);

    assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(e.attempts()).isEqualTo(4);
    assertThat(e.backoff()).isEqualTo(Duration.ofMillis(100));
    assertThat(e.maxBackoff()).isEqualTo(Duration.ofSeconds(1));
    assertThat(e.expect().json()).containsEntry("/e", ApiConfig.JsonNull.INSTANCE);
  }
}
