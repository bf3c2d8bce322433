package dev.releasesentinel.checks.api;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Runner;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.time.Duration;
import java.util.LongSummaryStatistics;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiConcurrencyIT {

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().containerThreads(60))
          .build();

  /** Twenty endpoints on one host, as the spec's "a run costs about its slowest check" asks. */
  static String twentyEndpoints(String baseUrl) {
    StringBuilder b = new StringBuilder("api:\n  endpoints:\n");
    for (int i = 0; i < 20; i++) {
      b.append("    - { name: e")
          .append(i)
          .append(", url: \"")
          .append(baseUrl)
          .append("/slow?i=")
          .append(i)
          .append("\", attempts: 1 }\n");
    }
    return b.toString();
  }

  @Test
  void checksTwentyEndpointsOnOneHostAtOnce() {
    wm.stubFor(get(urlPathEqualTo("/slow")).willReturn(ok("UP").withFixedDelay(1_000)));
    Runner runner =
        new Runner(new Runner.Options(Duration.ofSeconds(30), false, false, null, null, null));

    Runner.Outcome out =
        runner.run(
            Endpoints.checks(twentyEndpoints("http://localhost:" + wm.getPort()), Map.of()),
            Map.of());

    assertThat(out.results()).hasSize(20).extracting(CheckResult::status).containsOnly(Status.PASS);
    assertThat(out.verdict()).isEqualTo(Verdict.SAFE);
    wm.verify(exactly(20), getRequestedFor(urlPathEqualTo("/slow")));
    // With OkHttp's default of 5 calls per host, the requests would arrive in 4 waves a second
    // apart; all at once, they arrive together (the wall time depends on the machine's load).
    LongSummaryStatistics arrivals =
        wm.getAllServeEvents().stream()
            .mapToLong(e -> e.getRequest().getLoggedDate().getTime())
            .summaryStatistics();
    assertThat(arrivals.getMax() - arrivals.getMin()).isLessThan(900);
  }
}
