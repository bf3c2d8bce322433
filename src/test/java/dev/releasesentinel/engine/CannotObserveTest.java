package dev.releasesentinel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.redact.Redactor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CannotObserveTest {

  /** A check that does what {@code body} does. */
  private static Check check(
      String id, Severity severity, CannotObserve.Reading<CheckResult> body) {
    return new Check() {
      @Override
      public CheckId id() {
        return CheckId.of(id);
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public CheckResult run(CheckContext context) throws Exception {
        return body.read();
      }
    };
  }

  private static List<ProgressEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();

  private static Runner.Outcome run(Redactor redactor, Check... checks) {
    events.clear();
    return new Runner(
            new Runner.Options(Duration.ofSeconds(5), false, false, events::add, null, redactor))
        .run(List.of(checks), Map.of());
  }

  @Test
  void whatACheckCannotObserveIsAnErrorWithTheMessageDetailsAndAttemptsItCarries() {
    Check blind =
        check(
            "x.blind",
            Severity.CRITICAL,
            () -> {
              throw new CannotObserve("cannot read the thing at /x: gone; put it back")
                  .withDetail("path", "/x")
                  .withAttempts(0);
            });
    CheckResult r = run(Redactor.NONE, blind).results().get(0);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.message()).isEqualTo("cannot read the thing at /x: gone; put it back");
    assertThat(r.details()).containsExactly(Map.entry("path", "/x"));
    assertThat(r.attempts()).isZero();
    // Not a crash: nothing to debug, the message says it all.
    assertThat(events).noneMatch(e -> e instanceof ProgressEvent.CheckCrashed);
  }

  @Test
  void aPlainFailureCountsOneAttemptAndHasNoDetails() {
    CheckResult r =
        run(
                Redactor.NONE,
                check(
                    "x.blind",
                    Severity.BLOCK,
                    () -> {
                      throw new CannotObserve("no such thing");
                    }))
            .results()
            .get(0);
    assertThat(r.message()).isEqualTo("no such thing");
    assertThat(r.details()).isEmpty();
    assertThat(r.attempts()).isEqualTo(1);
  }

  @Test
  void readingPutsWhatWasReadInFrontAndKeepsTheDetails() {
    assertThatThrownBy(
            () ->
                CannotObserve.reading(
                    "cannot read disk usage of /data",
                    Map.of("path", "/data"),
                    () -> {
                      throw new CannotObserve("/data does not exist").withDetail("kind", "disk");
                    }))
        .isInstanceOfSatisfying(
            CannotObserve.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo("cannot read disk usage of /data: /data does not exist");
              assertThat(e.details())
                  .containsExactly(Map.entry("kind", "disk"), Map.entry("path", "/data"));
            });
  }

  @Test
  void readingReturnsWhatWasRead() throws CannotObserve {
    assertThat(CannotObserve.reading("cannot read it", () -> 42)).isEqualTo(42);
  }

  @Test
  void aCrashMessageIsMaskedAsItEntersTheResult() {
    String secret = "tok-9f8e7d6c5b4a";
    Check crashing =
        check(
            "x.crash",
            Severity.BLOCK,
            () -> {
              throw new IllegalStateException("server said: bad token " + secret + "!");
            });
    CheckResult r = run(Redactor.of(secret), crashing).results().get(0);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo("could not run: IllegalStateException: server said: bad token ***!");
  }

  @Test
  void aCrashWithoutAMessageNamesTheExceptionAlone() {
    CheckResult r =
        run(
                Redactor.of("tok-9f8e7d6c5b4a"),
                check(
                    "x.crash",
                    Severity.BLOCK,
                    () -> {
                      throw new NullPointerException();
                    }))
            .results()
            .get(0);
    assertThat(r.message()).isEqualTo("could not run: NullPointerException");
  }
}
