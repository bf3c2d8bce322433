package dev.releasesentinel.checks.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.releasesentinel.checks.api.testing.RecordingContext;
import dev.releasesentinel.checks.api.testing.Yaml;
import dev.releasesentinel.config.Template;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.http.Attempt;
import dev.releasesentinel.http.Exchange;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.http.HttpRequest;
import dev.releasesentinel.http.Judgement;
import dev.releasesentinel.http.OkHttpProbe;
import dev.releasesentinel.http.Retries;
import dev.releasesentinel.redact.Redactor;
import java.net.IDN;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an upstream sends is masked where it enters, before it is cut, folded, parsed or quoted: a
 * secret across a cut, in a JSON value, in a redirect's host, in the url echoed back.
 */
class ApiMaskingTest {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String SECRET = "Tok-9f8E7d6C5b4A3-zyx";

  static CheckResult run(String yaml, Map<String, String> env, Redactor redactor) throws Exception {
    return Endpoints.checks(yaml, env, redactor)
        .get(0)
        .run(RecordingContext.withTimeLeft(Duration.ofSeconds(20)));
  }

  static String url(String path) {
    return "http://localhost:" + wm.getPort() + path;
  }

  /** Message and details as one text, searched for any 8 characters of the secret. */
  static void assertNoPiece(CheckResult r, String secret) {
    String all = (r.message() + " " + r.details()).toLowerCase();
    for (int i = 0; i + 8 <= secret.length(); i++) {
      assertThat(all).doesNotContain(secret.substring(i, i + 8).toLowerCase());
    }
  }

  @ParameterizedTest(name = "secret at offset {0} of the body")
  @ValueSource(ints = {180, 185, 190, 195, 199, 200, 201})
  void aSecretAcrossTheExcerptsCutIsMaskedWhole(int offset) throws Exception {
    wm.stubFor(
        get("/b")
            .willReturn(
                aResponse().withStatus(500).withBody(".".repeat(offset) + SECRET + " tail")));
    CheckResult r = run(Yaml.endpoint(url("/b"), "attempts: 1"), Map.of(), Redactor.of(SECRET));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertNoPiece(r, SECRET);
    assertThat(String.valueOf(r.details().get("body"))).startsWith("....");
  }

  @Test
  void aBodyThatStartsWithALongSecretShowsOnlyTheMask() throws Exception {
    StringBuilder pem = new StringBuilder("-----BEGIN KEY-----");
    java.util.Random r = new java.util.Random(7);
    while (pem.length() < 4096) {
      pem.append((char) ('A' + r.nextInt(26))).append((char) ('a' + r.nextInt(26)));
    }
    String secret = pem.toString();
    wm.stubFor(get("/pem").willReturn(aResponse().withStatus(500).withBody(secret + " rest")));
    CheckResult r2 = run(Yaml.endpoint(url("/pem"), "attempts: 1"), Map.of(), Redactor.of(secret));
    assertThat(String.valueOf(r2.details().get("body"))).isEqualTo("*** rest");
    assertNoPiece(r2, secret);
  }

  @Test
  void aSecretAcrossTheBodyReadLimitIsMaskedBeforeTheCut() throws Exception {
    String body = "x".repeat(Attempt.BODY_LIMIT - 5) + SECRET + "y".repeat(100);
    wm.stubFor(get("/big").willReturn(aResponse().withStatus(200).withBody(body)));
    // The json expectation fails on the cut body and names no part of it; body-contains shows
    // what was read: the masked body, cut.
    HttpProbe probe =
        OkHttpProbe.create(
            dev.releasesentinel.engine.Environment.of(Map.of()), Redactor.of(SECRET));
    HttpRequest req =
        new HttpRequest(
            "GET",
            url("/big"),
            url("/big"),
            Map.of(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            Duration.ofSeconds(5));
    Exchange ex =
        probe.exchange(
            req,
            new Retries(1, Duration.ofMillis(1), Duration.ofMillis(1), () -> 0.5),
            a -> Judgement.pass("200"),
            RecordingContext.withTimeLeft(Duration.ofSeconds(10)));
    Attempt a = ex.last().attempt();
    assertThat(a.bodyTruncated()).isTrue();
    assertThat(a.body()).hasSize(Attempt.BODY_LIMIT).endsWith("xxxxx***yy");
    assertThat(a.body()).doesNotContain(SECRET.substring(0, 5));
  }

  @ParameterizedTest(name = "{0} characters before the secret in a JSON value")
  @ValueSource(ints = {0, 40, 52, 55, 59})
  void aSecretInAJsonValueIsMaskedBeforeTheValueIsCut(int before) throws Exception {
    wm.stubFor(
        get("/j")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("{\"status\":\"" + "-".repeat(before) + SECRET + "\"}")));
    CheckResult r =
        run(
            Yaml.endpoint(url("/j"), "attempts: 1", "expect: { json: { /status: UP } }"),
            Map.of(),
            Redactor.of(SECRET));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("/status is \"" + "-".repeat(before) + "*");
    assertNoPiece(r, SECRET);
  }

  @Test
  void aSecretWithWhitespaceIsMaskedBeforeTheExcerptFoldsIt() throws Exception {
    String spaced = "ab\tcd  ef\u00a0Gh-Secret";
    wm.stubFor(get("/w").willReturn(aResponse().withStatus(503).withBody("echo: " + spaced)));
    CheckResult r = run(Yaml.endpoint(url("/w"), "attempts: 1"), Map.of(), Redactor.of(spaced));
    assertThat(String.valueOf(r.details().get("body"))).isEqualTo("echo: ***");
  }

  @Test
  void theUrlCarriesItsValuesEncodedByTheGateAndTheEchoIsMasked() throws Exception {
    String nasty = "s3cr#t?x=1&y/z\\ q\"'%41€";
    wm.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody("{{request.url}} {{request.query.t}} {{request.path}}")
                    .withTransformers("response-template")));
    String yaml = Yaml.endpoint(url("/p/${T}?t=${T}"), "attempts: 1");
    Map<String, String> env = Map.of("T", nasty);
    CheckResult r = run(yaml, env, Redactor.of(nasty, Template.encodeComponent(nasty)));
    List<LoggedRequest> got =
        wm.findAll(getRequestedFor(urlPathEqualTo("/p/" + Template.encodeComponent(nasty))));
    assertThat(got).hasSize(1);
    // The whole value arrived, '#' and '?' included: it did not change the url's structure.
    assertThat(got.get(0).getUrl())
        .isEqualTo(
            "/p/" + Template.encodeComponent(nasty) + "?t=" + Template.encodeComponent(nasty));
    assertThat(got.get(0).queryParameter("t").firstValue()).isEqualTo(nasty);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(String.valueOf(r.details().get("body"))).isEqualTo("/p/***?t=*** *** /p/***");
  }

  @ParameterizedTest(name = "Location host {0}")
  @ValueSource(strings = {"Zürich-Tök3n-Geheim", "MixedCase-Tok3n-Geheim"})
  void aRedirectToAHostHoldingASecretNamesItMasked(String hostSecret) throws Exception {
    // Sent as a server sends it: ASCII, an internationalised name as punycode.
    String location = "http://" + IDN.toASCII(hostSecret + ".example") + "/next";
    wm.stubFor(get("/r").willReturn(aResponse().withStatus(302).withHeader("Location", location)));
    CheckResult r = run(Yaml.endpoint(url("/r"), "attempts: 1"), Map.of(), Redactor.of(hostSecret));
    assertThat(r.message()).contains("302 to another origin (http://***.example:80)");
    assertNoPiece(r, hostSecret);
    assertNoPiece(r, IDN.toASCII(hostSecret));
  }

  @Test
  void anAbsurdRetryAfterIsNoHintAndNeverAnException() throws Exception {
    wm.stubFor(
        get("/ra")
            .willReturn(
                aResponse().withStatus(503).withHeader("Retry-After", "99999999999999999999")));
    List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    try {
      CheckResult r =
          run(
              Yaml.endpoint(url("/ra"), "attempts: 2", "backoff: 10ms", "max-backoff: 20ms"),
              Map.of(),
              Redactor.of());
      assertThat(r.status()).isEqualTo(Status.FAIL);
      assertThat(r.message()).startsWith("503 ×2 over");
      assertThat(r.toString()).doesNotContain("NumberFormatException").doesNotContain("99999");
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
    assertThat(uncaught).isEmpty();
  }

  @Test
  void aHostFromAVariableIsMaskedInTheFormTheUrlParserGivesIt() throws Exception {
    String host = "Stage-Ölberg-Api.invalid";
    CheckResult r =
        run(
            Yaml.endpoint("http://${API_HOST}:" + wm.getPort() + "/h", "attempts: 1"),
            Map.of("API_HOST", host),
            Redactor.of(host));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("cannot resolve host ***");
    assertNoPiece(r, host);
  }
}
