package dev.releasesentinel.checks.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.api.testing.Endpoints;
import dev.releasesentinel.engine.Check;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiFamilyTest {

  @Test
  void makesOneCheckPerEndpointWithItsSeverity() {
    List<Check> checks =
        Endpoints.checks(
            """
            api:
              severity: warn
              endpoints:
                - { name: payments, url: "https://p.internal/health", severity: critical }
                - { name: search, url: "http://s.internal/ping", method: HEAD }
            """,
            Map.of());

    assertThat(checks)
        .extracting(c -> c.id().value())
        .containsExactly("api:payments", "api:search");
    assertThat(checks).extracting(c -> c.severity().label()).containsExactly("critical", "warn");
    assertThat(checks.get(1).description()).isEqualTo("HEAD http://s.internal/ping");
  }

  @Test
  void makesNoCheckWithoutAnApiSection() {
    assertThat(
            new ApiFamily()
                .checks(
                    Endpoints.config("git: {}\n", Path.of(".")), Endpoints.runContext(Map.of())))
        .isEmpty();
  }
}
