package dev.releasesentinel.checks.api;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.permanentRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.seeOther;
import static com.github.tomakehurst.wiremock.client.WireMock.temporaryRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.releasesentinel.checks.api.testing.Yaml;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.RunOne;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiRedirectTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension other =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String HEADERS =
      "headers: { Authorization: \"Bearer ${TOKEN}\", X-Api-Key: \"${KEY}\" }";
  private static final Map<String, String> ENV =
      Map.of("TOKEN", "tok-secret-1", "KEY", "key-secret-2");

  private static String url(String path) {
    return "http://localhost:" + wm.getPort() + path;
  }

  private static CheckResult run(String yaml) throws Exception {
    return RunOne.result(Endpoints.checks(yaml, ENV).get(0));
  }

  @Test
  void followsARedirectOnTheSameOriginWithTheConfiguredHeaders() throws Exception {
    wm.stubFor(get("/old").willReturn(permanentRedirect("/health")));
    wm.stubFor(
        get("/health")
            .withHeader("Authorization", equalTo("Bearer tok-secret-1"))
            .withHeader("X-Api-Key", equalTo("key-secret-2"))
            .willReturn(ok("UP")));

    CheckResult r = run(Yaml.endpoint(url("/old"), HEADERS, "expect: { body-contains: UP }"));

    assertThat(r.status()).isEqualTo(Status.PASS);
  }

  @Test
  void doesNotFollowARedirectToAnotherHostSoNoHeaderLeaves() throws Exception {
    String elsewhere = "http://127.0.0.1:" + other.getPort() + "/health?x=1";
    wm.stubFor(get("/go").willReturn(temporaryRedirect(elsewhere)));
    other.stubFor(get(urlEqualTo("/health?x=1")).willReturn(ok("UP")));

    CheckResult r = run(Yaml.endpoint(url("/go"), HEADERS, "attempts: 3"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.attempts()).isEqualTo(1);
    assertThat(r.message())
        .startsWith("redirect from GET " + url("/go"))
        .contains(
            "302 to another origin (http://127.0.0.1:" + other.getPort() + ") was not followed")
        .contains("point the url at the final address");
    assertThat(other.getAllServeEvents()).isEmpty();
    assertThat(r.toString()).doesNotContain("tok-secret-1").doesNotContain("key-secret-2");
  }

  @Test
  void stopsAfterFiveRedirects() throws Exception {
    wm.stubFor(get("/loop").willReturn(temporaryRedirect("/loop")));

    CheckResult r = run(Yaml.endpoint(url("/loop"), "attempts: 1"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("302 after 5 redirects was not followed");
    wm.verify(exactly(6), getRequestedFor(urlEqualTo("/loop")));
  }

  @Test
  void turnsAPostIntoAGetAfterA303() throws Exception {
    wm.stubFor(post("/submit").willReturn(seeOther("/result")));
    wm.stubFor(get("/result").withHeader("Content-Length", absent()).willReturn(ok("done")));

    CheckResult r = run(Yaml.endpoint(url("/submit"), "method: POST", "body: ping", "attempts: 1"));

    assertThat(r.status()).isEqualTo(Status.PASS);
    wm.verify(exactly(1), getRequestedFor(urlEqualTo("/result")));
  }
}
