package dev.releasesentinel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.testing.FakeCheck;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

  /** One result alone: a SKIP or an ERROR alone means nothing was checked. */
  @ParameterizedTest(name = "{0} with severity {1}, strict={2} -> {3}")
  @CsvSource({
    "PASS,  BLOCK,    false, SAFE",
    "PASS,  CRITICAL, true,  SAFE",
    "SKIP,  WARN,     false, CRITICAL",
    "WARN,  BLOCK,    false, SAFE",
    "WARN,  BLOCK,    true,  BLOCKED",
    "WARN,  CRITICAL, true,  BLOCKED",
    "FAIL,  WARN,     false, SAFE",
    "FAIL,  WARN,     true,  BLOCKED",
    "FAIL,  BLOCK,    false, BLOCKED",
    "ERROR, WARN,     false, CRITICAL",
    "ERROR, BLOCK,    false, CRITICAL",
    "FAIL,  CRITICAL, false, CRITICAL",
    "ERROR, CRITICAL, false, CRITICAL",
  })
  void oneResultDecides(Status status, Severity severity, boolean strict, Verdict expected) {
    CheckResult r = CheckResult.of(FakeCheck.of("x.y", status).severity(severity), status, "m");
    assertThat(Verdict.of(List.of(r), strict)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} with severity {1} beside a PASS -> {2}")
  @CsvSource({
    "SKIP,  CRITICAL, SAFE",
    "ERROR, WARN,     SAFE",
    "ERROR, BLOCK,    BLOCKED",
    "ERROR, CRITICAL, CRITICAL",
  })
  void besideAPassTheSeverityDecides(Status status, Severity severity, Verdict expected) {
    CheckResult r = CheckResult.of(FakeCheck.of("x.y", status).severity(severity), status, "m");
    CheckResult pass = CheckResult.of(FakeCheck.of("x.z", Status.PASS), Status.PASS, "ok");
    assertThat(Verdict.of(List.of(r, pass), false)).isEqualTo(expected);
    assertThat(Verdict.nothingChecked(List.of(r, pass))).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void nothingCheckedIsCriticalAndSaysWhy() {
    List<CheckResult> rs = new java.util.ArrayList<>();
    for (int i = 0; i < 7; i++) {
      rs.add(CheckResult.skip(FakeCheck.of("git.s" + i, Status.PASS), "not selected by --only"));
    }
    rs.add(
        CheckResult.of(
            FakeCheck.of("api:x", Status.ERROR).severity(Severity.WARN), Status.ERROR, "timeout"));
    assertThat(Verdict.of(rs, false)).isEqualTo(Verdict.CRITICAL);
    assertThat(Verdict.nothingChecked(rs))
        .hasValue(
            "nothing was checked: no check reached PASS, WARN or FAIL (7 skipped: git.s0, git.s1,"
                + " git.s2, git.s3, git.s4 and 2 more; 1 could not run: api:x); a gate that"
                + " checked nothing never says SAFE: fix what the checks name, or select checks"
                + " that apply to this run");
    assertThat(Verdict.of(List.of(), false)).isEqualTo(Verdict.CRITICAL);
    assertThat(Verdict.nothingChecked(List.of()))
        .get()
        .asString()
        .contains("no check was selected");
  }

  @org.junit.jupiter.api.Test
  void aWarnOrAFailIsSomethingChecked() {
    for (Status s : List.of(Status.WARN, Status.FAIL)) {
      CheckResult r = CheckResult.of(FakeCheck.of("x.y", s).severity(Severity.WARN), s, "m");
      CheckResult skip = CheckResult.skip(FakeCheck.of("x.z", Status.PASS), "--skip");
      assertThat(Verdict.of(List.of(r, skip), false)).isEqualTo(Verdict.SAFE);
    }
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
