package dev.releasesentinel.checks.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.api.testing.Endpoints;
import dev.releasesentinel.engine.Check;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

  @Test
  void buildingTheChecksLoadsNoHttpClass() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xshare:off",
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                ApiChecksListing.class.getName())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("child JVM did not finish");
    }

    assertThat(out)
        .contains("CHECK api:payments block GET https://payments.internal/health")
        .contains("CHECK api:search block GET http://search.internal/ping")
        .contains("dev.releasesentinel.checks.api.ApiCheck ")
        .doesNotContain("okhttp3.")
        .doesNotContain("okio.")
        .doesNotContain("dev.failsafe.")
        .doesNotContain("OkHttpProbe");
  }
}
