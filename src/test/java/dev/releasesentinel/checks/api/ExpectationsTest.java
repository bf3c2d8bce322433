package dev.releasesentinel.checks.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.api.testing.Yaml;
import dev.releasesentinel.http.Attempt;
import dev.releasesentinel.http.Judgement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectationsTest {

  private static Expectations expect(String... keys) {
    return Expectations.of(
        Endpoints.endpoints(Yaml.endpoint("http://x.example/", keys)).get(0).expect());
  }

  private static Attempt answer(int status, String body) {
    return Attempt.answered(status, Duration.ofMillis(10), body, false, Optional.empty());
  }

  @ParameterizedTest(name = "{0} with expect status {1}: {2}")
  @CsvSource({
    "200, '', PASS",
    "204, '', PASS",
    "299, '', PASS",
    "500, '', RETRY",
    "502, '', RETRY",
    "503, '', RETRY",
    "408, '', RETRY",
    "429, '', RETRY",
    "400, '', STOP",
    "401, '', STOP",
    "403, '', STOP",
    "404, '', STOP",
    "301, '', RETRY",
    "200, '[204]', RETRY",
    "404, '[404]', PASS",
    "503, '[2xx, 503]', PASS",
    "201, '[200, 3xx]', RETRY",
  })
  void judgesTheStatus(int status, String expected, Judgement.Kind kind) {
    Expectations e = expected.isEmpty() ? expect() : expect("expect: { status: " + expected + " }");

    assertThat(e.judge(answer(status, "")).kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"n\": 3}         | /n: 3       | true",
        "{\"n\": 3.0}       | /n: 3       | true",
        "{\"n\": 3.10}      | /n: 3.1     | true",
        "{\"n\": \"3\"}     | /n: 3       | false",
        "{\"n\": 4}         | /n: 3       | false",
        "{\"s\": \"UP\"}    | /s: UP      | true",
        "{\"s\": \"up\"}    | /s: UP      | false",
        "{\"s\": \"3\"}     | /s: '3'     | true",
        "{\"b\": true}      | /b: true    | true",
        "{\"b\": \"true\"}  | /b: true    | false",
        "{\"z\": null}      | /z: null    | true",
        "{\"z\": 0}         | /z: null    | false",
        "{}                 | /z: null    | false",
        "{\"a\": [1, {\"k\": \"v\"}]} | /a/1/k: v | true",
        "{\"a/b\": 1}       | /a~1b: 1    | true",
        "{\"o\": {}}        | /o: x       | false",
      })
  void comparesJsonNumbersByValueAndEverythingElseExactly(
      String body, String pointerAndValue, boolean passes) {
    Expectations e = expect("expect: { json: { " + pointerAndValue + " } }");

    assertThat(e.judge(answer(200, body)).passed()).isEqualTo(passes);
  }

  @Test
  void retriesExpectationMismatchesSoAFlakyAnswerCanRecover() {
    Judgement j = expect("expect: { body-contains: UP }").judge(answer(200, "DOWN"));

    assertThat(j.kind()).isEqualTo(Judgement.Kind.RETRY);
    assertThat(j.label()).isEqualTo("200");
    assertThat(j.reason()).isEqualTo("the body does not contain 'UP'");
  }

  @Test
  void neverPassesAJsonExpectationItCannotEvaluate() {
    Expectations e = expect("expect: { json: { /status: UP } }");

    assertThat(e.judge(answer(200, "")).reason())
        .isEqualTo("the body is empty, so the json expectation cannot be checked");
    assertThat(e.judge(answer(200, "UP")).reason())
        .isEqualTo("the body is not JSON (it starts with 'UP')");
    assertThat(e.judge(answer(200, "{\"status\":\"UP\"} trailing")).passed()).isFalse();
    assertThat(
            e.judge(
                    Attempt.answered(
                        200, Duration.ZERO, "{\"status\":\"UP\"", true, Optional.empty()))
                .reason())
        .startsWith("the body is larger than 64 KiB");
  }

  @Test
  void reportsEveryFailedExpectationOfAnAttempt() {
    Expectations e =
        expect("expect: { body-contains: ok, json: { /a: 1, /b: 2 }, max-latency: 5ms }");

    Judgement j = e.judge(answer(200, "{\"a\": 2}"));

    assertThat(j.reason())
        .isEqualTo(
            "took 10 ms, above max-latency 5ms; the body does not contain 'ok'; /a is 2,"
                + " expected 1; /b is missing from the JSON body, expected 2");
  }

  @Test
  void judgesTransportFailuresByWhetherARetryCanHelp() {
    Expectations e = expect();

    assertThat(e.judge(Attempt.failed(Attempt.Failure.REFUSED, "refused", Duration.ZERO)).kind())
        .isEqualTo(Judgement.Kind.RETRY);
    assertThat(
            e.judge(Attempt.failed(Attempt.Failure.TLS_UNTRUSTED, "untrusted", Duration.ZERO))
                .kind())
        .isEqualTo(Judgement.Kind.STOP);
  }
}
