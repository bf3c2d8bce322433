package dev.releasesentinel.checks.api;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.releasesentinel.checks.api.testing.Yaml;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.RunOne;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WireMock stands in for the proxy: it answers absolute-form requests for any host. */
class ApiProxyTest {

  @RegisterExtension
  static WireMockExtension proxy =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** A host that does not resolve: only a proxy can reach it. */
  private static final String UPSTREAM = "http://upstream.test/health";

  private static CheckResult run(Map<String, String> env, String... keys) throws Exception {
    return RunOne.result(Endpoints.checks(Yaml.endpoint(UPSTREAM, keys), env).get(0));
  }

  @Test
  void sendsRequestsThroughHttpProxy() throws Exception {
    proxy.stubFor(get("/health").withHeader("Host", equalTo("upstream.test")).willReturn(ok("UP")));

    CheckResult r = run(Map.of("HTTP_PROXY", "http://localhost:" + proxy.getPort()), "attempts: 1");

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(proxy.getAllServeEvents()).hasSize(1);
  }

  @Test
  void goesDirectForHostsInNoProxy() throws Exception {
    proxy.stubFor(get("/health").willReturn(ok("UP")));

    CheckResult r =
        run(
            Map.of(
                "HTTP_PROXY", "http://localhost:" + proxy.getPort(), "NO_PROXY", "localhost,.test"),
            "attempts: 1");

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("cannot resolve host upstream.test");
    assertThat(proxy.getAllServeEvents()).isEmpty();
  }

  @Test
  void answersTheProxysChallengeWithTheCredentialsOfItsUrl() throws Exception {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("ci-user:p@ss word".getBytes(StandardCharsets.UTF_8));
    proxy.stubFor(
        get("/health")
            .withHeader("Proxy-Authorization", absent())
            .willReturn(status(407).withHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")));
    proxy.stubFor(
        get("/health").withHeader("Proxy-Authorization", equalTo(basic)).willReturn(ok("UP")));

    CheckResult r =
        run(
            Map.of("http_proxy", "http://ci-user:p%40ss%20word@localhost:" + proxy.getPort()),
            "attempts: 1");

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.toString()).doesNotContain("p@ss").doesNotContain("p%40ss");
  }

  @Test
  void errorsOnAnUnsupportedProxyWithoutShowingItsPassword() throws Exception {
    CheckResult r = run(Map.of("HTTP_PROXY", "ftp://bob:hunter22@proxy:21"), "attempts: 1");

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith("HTTP_PROXY uses the scheme ftp://, which is not supported")
        .doesNotContain("hunter22");
  }
}
