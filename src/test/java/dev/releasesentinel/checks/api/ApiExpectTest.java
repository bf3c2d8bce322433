package dev.releasesentinel.checks.api;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.releasesentinel.checks.api.testing.Yaml;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.http.Attempt;
import dev.releasesentinel.testing.RunOne;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiExpectTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static String url(String path) {
    return "http://localhost:" + wm.getPort() + path;
  }

  private static CheckResult run(String yaml, Map<String, String> env) throws Exception {
    return RunOne.result(Endpoints.checks(yaml, env).get(0));
  }

  private static CheckResult run(String yaml) throws Exception {
    return run(yaml, Map.of());
  }

  @Test
  void passesWhenBodyAndJsonMatch() throws Exception {
    wm.stubFor(
        get("/health")
            .willReturn(
                okJson(
                    "{\"status\":\"UP\",\"db\":{\"ok\":true},"
                        + "\"workers\":3.0,\"error\":null}")));

    CheckResult r =
        run(
            Yaml.endpoint(
                url("/health"),
                "expect: { status: [200], body-contains: UP, json: { /status: UP, /db/ok: true,"
                    + " /workers: 3, /error: null }, max-latency: 5s }"));

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).matches("200 in \\d+ ms");
    assertThat(r.attempts()).isEqualTo(1);
  }

  @Test
  void failsWhenTheBodyLacksTheExpectedText() throws Exception {
    wm.stubFor(get("/health").willReturn(ok("status: DOWN")));

    CheckResult r =
        run(
            Yaml.endpoint(
                url("/health"), "attempts: 2", "backoff: 10ms", "expect: { body-contains: UP }"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith("200 ×2 over")
        .endsWith("sustained failure: the body does not contain 'UP'");
    assertThat(r.details()).containsEntry("body", "status: DOWN");
    wm.verify(exactly(2), getRequestedFor(urlEqualTo("/health")));
  }

  @Test
  void failsWhenAJsonValueDiffers() throws Exception {
    wm.stubFor(get("/health").willReturn(okJson("{\"status\":\"DOWN\",\"workers\":\"3\"}")));

    CheckResult r =
        run(
            Yaml.endpoint(
                url("/health"),
                "attempts: 1",
                "expect: { json: { /status: UP, /workers: 3, /version: 2 } }"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .contains("/status is \"DOWN\", expected \"UP\"")
        .contains("/workers is \"3\", expected 3")
        .contains("/version is missing from the JSON body, expected 2");
  }

  @Test
  void failsAJsonExpectationOnAnEmptyBody() throws Exception {
    wm.stubFor(get("/health").willReturn(noContent()));

    CheckResult r =
        run(
            Yaml.endpoint(
                url("/health"), "attempts: 1", "expect: { status: [204], json: { /status: UP } }"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .endsWith("the body is empty, so the json expectation cannot be checked");
  }

  @Test
  void failsAJsonExpectationOnABodyThatIsNotJson() throws Exception {
    wm.stubFor(get("/health").willReturn(ok("<html><body>Maintenance</body></html>")));

    CheckResult r =
        run(Yaml.endpoint(url("/health"), "attempts: 1", "expect: { json: { /status: UP } }"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("the body is not JSON (it starts with '<html><body>");
  }

  @Test
  void looksForTextOnlyInTheFirst64KiBOfAHugeBody() throws Exception {
    wm.stubFor(get("/big").willReturn(ok("x".repeat(Attempt.BODY_LIMIT) + "UP")));

    CheckResult r = run(Yaml.endpoint(url("/big"), "attempts: 1", "expect: { body-contains: UP }"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).endsWith("the body does not contain 'UP' in its first 64 KiB");
    assertThat((String) r.details().get("body")).hasSizeLessThanOrEqualTo(210);
  }

  @Test
  void retriesAnAnswerSlowerThanMaxLatency() throws Exception {
    wm.stubFor(get("/health").willReturn(ok().withFixedDelay(150)));

    CheckResult r =
        run(
            Yaml.endpoint(
                url("/health"), "attempts: 2", "backoff: 10ms", "expect: { max-latency: 50ms }"));

    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).matches(".*sustained failure: took \\d+ ms, above max-latency 50ms");
    wm.verify(exactly(2), getRequestedFor(urlEqualTo("/health")));
  }

  @Test
  void sendsHeadersWithVariablesResolvedAndNeverShowsTheirValues() throws Exception {
    wm.stubFor(
        get("/private")
            .withHeader("Authorization", equalTo("Bearer tok-123456789"))
            .withHeader("X-Env", equalTo("prod"))
            .willReturn(ok()));

    CheckResult r =
        run(
            Yaml.endpoint(
                url("/private"),
                "attempts: 1",
                "headers: { Authorization: \"Bearer ${TOKEN}\", X-Env: \"${STAGE:-prod}\" }"),
            Map.of("TOKEN", "tok-123456789"));

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.toString()).doesNotContain("tok-123456789");
  }

  @Test
  void resolvesVariablesInTheUrlButShowsTheUrlAsWritten() throws Exception {
    wm.stubFor(get("/health?key=k-987654321").willReturn(ok()));
    wm.stubFor(get("/health?key=wrong").willReturn(ok()));

    CheckResult r =
        run(
            Yaml.endpoint(url("/health?key=${API_KEY}"), "attempts: 1"),
            Map.of("API_KEY", "k-987654321"));

    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.details()).containsEntry("url", url("/health?key=${API_KEY}"));
    assertThat(r.toString()).doesNotContain("k-987654321");
    wm.verify(exactly(1), getRequestedFor(urlEqualTo("/health?key=k-987654321")));
  }

  @Test
  void errorsNamingAnUnsetVariableWithoutSendingAnything() throws Exception {
    CheckResult r =
        run(
            Yaml.endpoint(
                url("/private"), "headers: { Authorization: \"Bearer ${PAYMENTS_TOKEN}\" }"),
            Map.of());

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith(
            "environment variable PAYMENTS_TOKEN is not set (used in headers.Authorization)");
    assertThat(r.attempts()).isZero();
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void errorsWhenAVariableBreaksAHeaderWithoutShowingTheValue() throws Exception {
    CheckResult r =
        run(
            Yaml.endpoint(url("/private"), "headers: { X-Token: \"${TOKEN}\" }"),
            Map.of("TOKEN", "abc\r\nX-Injected: 1"));

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).startsWith("header X-Token has a character HTTP does not allow");
    assertThat(r.toString()).doesNotContain("Injected");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void errorsWhenTheResolvedUrlIsNotHttp() throws Exception {
    CheckResult r = run(Yaml.endpoint("${BASE}/health"), Map.of("BASE", "ftp://files"));

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo(
            "url ${BASE}/health is not an http:// or https:// URL once its variables are"
                + " resolved; not retried");
  }

  @Test
  void postsTheConfiguredBody() throws Exception {
    wm.stubFor(
        post("/probe")
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(equalToJson("{\"ping\":\"tok-1\"}"))
            .willReturn(ok()));

    CheckResult r =
        run(
            Yaml.endpoint(
                url("/probe"), "method: POST", "attempts: 1", "body: '{\"ping\":\"${T}\"}'"),
            Map.of("T", "tok-1"));

    assertThat(r.status()).isEqualTo(Status.PASS);
    wm.verify(exactly(1), postRequestedFor(urlEqualTo("/probe")));
  }
}
