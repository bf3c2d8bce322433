package dev.releasesentinel.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.temporaryRedirect;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Why OkHttpAttempt follows redirects itself: OkHttp's own redirect handling drops only {@code
 * Authorization} on the way to another host and carries every other header there.
 */
class OkHttpRedirectBehaviourTest {

  @RegisterExtension
  static WireMockExtension a =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension b =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void okHttpsOwnRedirectsCarryCustomHeadersToAnotherHost() throws Exception {
    a.stubFor(get("/go").willReturn(temporaryRedirect("http://127.0.0.1:" + b.getPort() + "/x")));
    b.stubFor(get("/x").willReturn(ok()));
    OkHttpClient client = new OkHttpClient.Builder().followRedirects(true).build();
    Request request =
        new Request.Builder()
            .url("http://localhost:" + a.getPort() + "/go")
            .header("Authorization", "Bearer t")
            .header("X-Api-Key", "k")
            .build();

    try (Response response = client.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }

    LoggedRequest atB = b.getAllServeEvents().get(0).getRequest();
    assertThat(atB.containsHeader("Authorization")).isFalse();
    assertThat(atB.getHeader("X-Api-Key")).isEqualTo("k");
  }

  @ParameterizedTest
  @CsvSource({
    "http://a.example/x, http://a.example/y, true",
    "http://a.example/x, http://A.EXAMPLE/y, true",
    "http://a.example:8080/x, http://a.example:8081/x, false",
    "http://a.example/x, http://b.example/x, false",
    "http://a.example/x, http://x.a.example/x, false",
    "http://a.example/x, https://a.example/x, true",
    "http://a.example:8080/x, https://a.example:8443/x, false",
    "https://a.example/x, http://a.example/x, false",
  })
  void followsOnlyWithinTheSameOriginOrAnUpgradeToHttps(String from, String to, boolean same) {
    assertThat(OkHttpAttempt.sameOrigin(HttpUrl.get(from), HttpUrl.get(to))).isEqualTo(same);
  }
}
