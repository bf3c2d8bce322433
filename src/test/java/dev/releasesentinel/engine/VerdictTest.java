package dev.releasesentinel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.testing.FakeCheck;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

  @ParameterizedTest(name = "{0} with severity {1}, strict={2} -> {3}")
  @CsvSource({
    "PASS,  BLOCK,    false, SAFE",
    "PASS,  CRITICAL, true,  SAFE",
    "SKIP,  CRITICAL, true,  SAFE",
    "WARN,  BLOCK,    false, SAFE",
    "WARN,  BLOCK,    true,  BLOCKED",
    "WARN,  CRITICAL, true,  BLOCKED",
    "FAIL,  WARN,     false, SAFE",
    "FAIL,  WARN,     true,  BLOCKED",
    "FAIL,  BLOCK,    false, BLOCKED",
    "ERROR, BLOCK,    false, BLOCKED",
    "FAIL,  CRITICAL, false, CRITICAL",
    "ERROR, CRITICAL, false, CRITICAL",
  })
  void oneResultDecides(Status status, Severity severity, boolean strict, Verdict expected) {
    CheckResult r = CheckResult.of(FakeCheck.of("x.y", status).severity(severity), status, "m");
    assertThat(Verdict.of(List.of(r), strict)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"SAFE, 0", "BLOCKED, 1", "CRITICAL, 2"})
  void exitCodesFollowTheSpec(Verdict v, int code) {
    assertThat(v.exitCode()).isEqualTo(code);
  }

  @org.junit.jupiter.api.Test
  void theWorstResultWins() {
    List<CheckResult> rs =
        List.of(
            CheckResult.of(FakeCheck.of("a.b", Status.FAIL), Status.FAIL, ""),
            CheckResult.of(
                FakeCheck.of("a.c", Status.FAIL).severity(Severity.CRITICAL), Status.FAIL, ""),
            CheckResult.of(FakeCheck.of("a.d", Status.PASS), Status.PASS, ""));
    assertThat(Verdict.of(rs, false)).isEqualTo(Verdict.CRITICAL);
  }
}
