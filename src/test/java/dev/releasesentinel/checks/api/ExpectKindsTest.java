package dev.releasesentinel.checks.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.http.Attempt;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of expectation on its own; how Expectations folds them: ExpectationsTest. */
class ExpectKindsTest {

  static Attempt answer(int status, String body, long millis) {
    return Attempt.answered(status, Duration.ofMillis(millis), body, false, Optional.empty());
  }

  @Test
  void statusNamesWhatWasExpected() {
    ExpectStatus s =
        new ExpectStatus(
            List.of(new ApiConfig.StatusRange(200, 299), new ApiConfig.StatusRange(304, 304)));
    assertThat(s.problems(answer(204, "", 1))).isEmpty();
    assertThat(s.problems(answer(500, "", 1))).containsExactly("expected 2xx or 304");
  }

  @ParameterizedTest(name = "{0} heals: {1}")
  @CsvSource({
    "500, true",
    "503, true",
    "408, true",
    "429, true",
    "302, true",
    "404, false",
    "401, false"
  })
  void onlyServerErrorsTimeoutsAndRateLimitsHealOnRetry(int status, boolean heals) {
    assertThat(ExpectStatus.heals(status)).isEqualTo(heals);
  }

  @Test
  void latencyAboveTheMaximumIsAProblem() {
    ExpectLatency l = new ExpectLatency(Duration.ofMillis(100));
    assertThat(l.problems(answer(200, "", 100))).isEmpty();
    assertThat(l.problems(answer(200, "", 250)))
        .containsExactly("took 250 ms, above max-latency 100ms");
  }

  @Test
  void bodyNamesWhatItLacksAndWhereItLooked() {
    ExpectBody b = new ExpectBody("UP");
    assertThat(b.problems(answer(200, "{\"status\":\"UP\"}", 1))).isEmpty();
    assertThat(b.problems(answer(200, "", 1)))
        .containsExactly("the body is empty, expected it to contain 'UP'");
    assertThat(b.problems(Attempt.answered(200, Duration.ZERO, "DOWN", true, Optional.empty())))
        .containsExactly("the body does not contain 'UP' in its first 64 KiB");
  }

  @Test
  void jsonNamesEveryPointerThatDiffers() {
    Map<String, Object> pointers = new LinkedHashMap<>();
    pointers.put("/status", "UP");
    pointers.put("/replicas", 3);
    ExpectJson j = new ExpectJson(pointers);
    assertThat(j.problems(answer(200, "{\"status\":\"UP\",\"replicas\":3.0}", 1))).isEmpty();
    assertThat(j.problems(answer(200, "{\"status\":\"DOWN\"}", 1)))
        .containsExactly(
            "/status is \"DOWN\", expected \"UP\"",
            "/replicas is missing from the JSON body, expected 3");
  }
}
