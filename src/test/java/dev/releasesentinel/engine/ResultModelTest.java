package dev.releasesentinel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.testing.FakeCheck;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The result model the reports render: WAIVED, hints, "needs" skips, durations in words. */
class ResultModelTest {

  private static CheckResult failing(Status status, Severity severity) {
    return CheckResult.of(FakeCheck.of("api:pay", status).severity(severity), status, "503");
  }

  @ParameterizedTest(name = "a waived {0} never blocks, even strict")
  @EnumSource(
      value = Status.class,
      names = {"FAIL", "ERROR"})
  void aWaivedResultNeverBlocks(Status status) {
    for (Severity sev : Severity.values()) {
      CheckResult w =
          failing(status, sev)
              .waive("api:", "INC-1", "alice", Optional.of("2026-12-31"), Optional.of("INC-1"));
      assertThat(w.status()).isEqualTo(Status.WAIVED);
      assertThat(w.waived().orElseThrow().original()).isEqualTo(status);
      assertThat(w.blocks(true)).isFalse();
      assertThat(Verdict.of(List.of(w, pass()), true)).isEqualTo(Verdict.SAFE);
      assertThat(w.severity()).isEqualTo(sev);
    }
  }

  @Test
  void onlyFailuresAreWaived() {
    assertThatThrownBy(() -> pass().waive("x", "r", "b", Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                new CheckResult(
                    CheckId.of("a.b"),
                    Status.WAIVED,
                    Severity.BLOCK,
                    "m",
                    null,
                    null,
                    1,
                    null,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWaivedErrorAloneChecksNothingAndAWaivedFailDid() {
    CheckResult fail =
        failing(Status.FAIL, Severity.BLOCK)
            .waive("api:pay", "r", "bob", Optional.empty(), Optional.empty());
    CheckResult error =
        failing(Status.ERROR, Severity.BLOCK)
            .waive("api:pay", "r", "bob", Optional.empty(), Optional.empty());
    assertThat(Verdict.of(List.of(fail), false)).isEqualTo(Verdict.SAFE);
    assertThat(Verdict.of(List.of(error), false)).isEqualTo(Verdict.CRITICAL);
    assertThat(Summary.of(List.of(fail, error, pass()))).isEqualTo(new Summary(1, 0, 0, 0, 0, 2));
  }

  @Test
  void hintNeedsAndWaiverSurviveTheCopiesAndAreRedacted() {
    CheckResult r =
        failing(Status.FAIL, Severity.BLOCK)
            .withHint("set TOKEN=s3cret")
            .waive("api:pay", "s3cret leaked", "alice", Optional.empty(), Optional.of("s3cret"))
            .withDuration(Duration.ofMillis(48))
            .withAttempts(2)
            .withDetail("k", "v");
    CheckResult masked = r.mapText(s -> s.replace("s3cret", "***"));
    assertThat(masked.hint()).contains("set TOKEN=***");
    assertThat(masked.waived().orElseThrow().reason()).isEqualTo("*** leaked");
    assertThat(masked.waived().orElseThrow().ticket()).contains("***");
    assertThat(masked.status()).isEqualTo(Status.WAIVED);
    assertThat(masked.duration()).isEqualTo(Duration.ofMillis(48));
    assertThat(r.withHint(" ").hint()).isEmpty();
  }

  @Test
  void aNeedsSkipNamesTheCheckThatCarriesTheCause() {
    CheckResult r =
        CheckResult.needs(
            FakeCheck.of("git.version-order", Status.PASS),
            CheckId.of("git.tag-absent"),
            "the tag to be absent");
    assertThat(r.status()).isEqualTo(Status.SKIP);
    assertThat(r.needs()).contains(CheckId.of("git.tag-absent"));
    assertThat(r.message()).isEqualTo("needs the tag to be absent: see git.tag-absent");
  }

  @ParameterizedTest(name = "{0} ms -> {1}")
  @CsvSource({
    "0, 0 ms",
    "48, 48 ms",
    "999, 999 ms",
    "1000, 1 s",
    "3240, 3.2 s",
    "3250, 3.3 s",
    "59949, 59.9 s",
    "59950, 1 min",
    "125000, 2 min 5 s",
    "3600000, 1 h",
    "3725000, 1 h 2 min 5 s",
  })
  void durationsInWords(long ms, String words) {
    assertThat(Durations.words(Duration.ofMillis(ms))).isEqualTo(words);
  }

  @Test
  void durationsInWordsNeverGoBackwards() {
    Random random = new Random(15);
    for (int i = 0; i < 10_000; i++) {
      long ms = random.nextInt(4_000_000);
      assertThat(Durations.words(Duration.ofMillis(ms)))
          .matches("\\d+ (ms|s|min|h)( \\d+ .+)*|\\d+\\.\\d s");
    }
  }

  @Test
  void theSelectionIsSaidAsGiven() {
    assertThat(Selection.parse(List.of("git,api"), List.of()).asGiven())
        .isEqualTo("--only git,api");
    assertThat(Selection.parse(List.of(), List.of("api:pay")).named("only", "skip").asGiven())
        .isEqualTo("skip api:pay");
    assertThat(Selection.ALL.asGiven()).isEmpty();
  }

  private static CheckResult pass() {
    return CheckResult.pass(FakeCheck.of("env.required:A", Status.PASS), "set");
  }
}
