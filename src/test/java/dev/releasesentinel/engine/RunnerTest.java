package dev.releasesentinel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.testing.FakeCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunnerTest {

  private static Runner runner(Duration timeout, boolean failFast) {
    return new Runner(new Runner.Options(timeout, failFast, false, null, null, null));
  }

  @Test
  void runsTenSlowChecksConcurrently() {
    List<Check> checks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      checks.add(FakeCheck.of("fake.slow:" + i, Status.PASS).delay(Duration.ofMillis(300)));
    }
    long start = System.nanoTime();
    Runner.Outcome o = runner(Duration.ofSeconds(10), false).run(checks, Map.of());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(o.results()).hasSize(10).allMatch(r -> r.status() == Status.PASS);
    assertThat(o.verdict()).isEqualTo(Verdict.SAFE);
    // Sequentially this is 3 s; concurrently about 0.3 s.
    assertThat(ms).isLessThan(1000);
  }

  @Test
  void checkStillRunningAtTheDeadlineEndsAsErrorSayingWhatItWasDoing() {
    Check hang = FakeCheck.of("fake.hang", Status.PASS).delay(Duration.ofSeconds(30));
    Check quick = FakeCheck.of("fake.quick", Status.PASS);
    Runner.Outcome o = runner(Duration.ofMillis(300), false).run(List.of(hang, quick), Map.of());
    CheckResult r = o.results().get(0);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith("still running at the run's deadline (300ms) while sleeping 30000ms as told");
    assertThat(o.results().get(1).status()).isEqualTo(Status.PASS);
    assertThat(o.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(o.duration()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aCheckCutOffByAStopSaysSoNotThatTheDeadlinePassed() throws Exception {
    Check hang = FakeCheck.of("fake.hang", Status.PASS).delay(Duration.ofSeconds(30));
    Check quick = FakeCheck.of("fake.quick", Status.PASS);
    List<Runner.Outcome> out = Collections.synchronizedList(new ArrayList<>());
    // the stop comes once the quick check has finished and the hanging one is under way
    CountDownLatch underWay = new CountDownLatch(2);
    ProgressListener listener =
        e -> {
          if (e instanceof ProgressEvent.CheckActivity a && a.id().value().equals("fake.hang")
              || e instanceof ProgressEvent.CheckFinished f
                  && f.result().id().value().equals("fake.quick")) {
            underWay.countDown();
          }
        };
    Runner runner =
        new Runner(new Runner.Options(Duration.ofSeconds(60), false, false, listener, null, null));
    Thread main = new Thread(() -> out.add(runner.run(List.of(hang, quick), Map.of())));
    main.start();
    assertThat(underWay.await(10, TimeUnit.SECONDS)).isTrue();
    main.interrupt(); // what a SIGTERM during --wait does to the thread running the round
    main.join(10_000);
    assertThat(out).as("the run returned after the stop").hasSize(1);
    CheckResult r = out.get(0).results().get(0);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo(
            "stopped before it finished, while sleeping 30000ms as told: the run was interrupted"
                + " (SIGTERM or Ctrl-C)");
    assertThat(out.get(0).results().get(1).status()).isEqualTo(Status.PASS);
  }

  @Test
  void exceptionInACheckEndsAsErrorNeverPass() {
    Check boom =
        FakeCheck.of("fake.boom", Status.PASS).throwing(new IllegalStateException("disk on fire"));
    Check fine = FakeCheck.of("fake.fine", Status.PASS);
    Runner.Outcome o = runner(Duration.ofSeconds(5), false).run(List.of(boom, fine), Map.of());
    assertThat(o.results().get(0).status()).isEqualTo(Status.ERROR);
    assertThat(o.results().get(0).message())
        .isEqualTo("could not run: IllegalStateException: disk on fire");
    assertThat(o.verdict()).isEqualTo(Verdict.BLOCKED);
    // Alone, it checked nothing.
    assertThat(runner(Duration.ofSeconds(5), false).run(List.of(boom), Map.of()).verdict())
        .isEqualTo(Verdict.CRITICAL);
  }

  @Test
  void criticalErrorMakesTheRunCritical() {
    Check boom =
        FakeCheck.of("fake.boom", Status.PASS)
            .severity(Severity.CRITICAL)
            .throwing(new RuntimeException());
    assertThat(runner(Duration.ofSeconds(5), false).run(List.of(boom), Map.of()).verdict())
        .isEqualTo(Verdict.CRITICAL);
  }

  @Test
  void resultsKeepTheDeclaredOrderWhateverTheFinishingOrder() {
    List<Check> checks =
        List.of(
            FakeCheck.of("a.slow", Status.PASS).delay(Duration.ofMillis(200)),
            FakeCheck.of("b.fast", Status.WARN),
            FakeCheck.of("c.mid", Status.FAIL).delay(Duration.ofMillis(100)));
    Runner.Outcome o = runner(Duration.ofSeconds(5), false).run(checks, Map.of());
    assertThat(o.results())
        .extracting(r -> r.id().value())
        .containsExactly("a.slow", "b.fast", "c.mid");
  }

  @Test
  void skippedChecksDoNotRunAndCarryTheirReason() {
    AtomicInteger ran = new AtomicInteger();
    Check counting =
        new Check() {
          @Override
          public CheckId id() {
            return CheckId.of("x.counted");
          }

          @Override
          public Severity severity() {
            return Severity.BLOCK;
          }

          @Override
          public CheckResult run(CheckContext context) {
            ran.incrementAndGet();
            return CheckResult.pass(this, "ran");
          }
        };
    Runner.Outcome o =
        runner(Duration.ofSeconds(5), false)
            .run(
                List.of(counting, FakeCheck.of("x.other", Status.PASS)),
                Map.of(CheckId.of("x.counted"), "--skip"));
    assertThat(ran).hasValue(0);
    assertThat(o.results().get(0).status()).isEqualTo(Status.SKIP);
    assertThat(o.results().get(0).message()).isEqualTo("--skip");
  }

  @Test
  void failFastCancelsTheChecksStillRunning() {
    List<Check> checks =
        List.of(
            FakeCheck.of("a.fails", Status.FAIL),
            FakeCheck.of("b.slow", Status.PASS).delay(Duration.ofSeconds(20)));
    Runner.Outcome o = runner(Duration.ofSeconds(30), true).run(checks, Map.of());
    assertThat(o.results().get(1).status()).isEqualTo(Status.SKIP);
    assertThat(o.results().get(1).message())
        .isEqualTo("cancelled by --fail-fast after a.fails failed");
    assertThat(o.duration()).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void failFastNeverLowersTheVerdictACriticalCheckStillRuns() {
    List<Check> checks =
        List.of(
            FakeCheck.of("a.fails", Status.FAIL),
            FakeCheck.of("b.critical", Status.FAIL)
                .severity(Severity.CRITICAL)
                .delay(Duration.ofMillis(300)),
            FakeCheck.of("c.slow", Status.PASS).delay(Duration.ofSeconds(20)));
    Runner.Outcome o = runner(Duration.ofSeconds(30), true).run(checks, Map.of());
    assertThat(o.results().get(1).status()).isEqualTo(Status.FAIL);
    assertThat(o.results().get(2).message())
        .isEqualTo("cancelled by --fail-fast after a.fails failed");
    assertThat(o.verdict()).isEqualTo(Verdict.CRITICAL);
    assertThat(o.duration()).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void failFastAfterACriticalFailureCancelsEvenCriticalChecks() {
    List<Check> checks =
        List.of(
            FakeCheck.of("a.critical", Status.FAIL).severity(Severity.CRITICAL),
            FakeCheck.of("b.critical", Status.PASS)
                .severity(Severity.CRITICAL)
                .delay(Duration.ofSeconds(20)));
    Runner.Outcome o = runner(Duration.ofSeconds(30), true).run(checks, Map.of());
    assertThat(o.results().get(1).message())
        .isEqualTo("cancelled by --fail-fast after a.critical failed");
    assertThat(o.verdict()).isEqualTo(Verdict.CRITICAL);
    assertThat(o.duration()).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void failFastIgnoresWarningSeverityFailures() {
    List<Check> checks =
        List.of(
            FakeCheck.of("a.fails", Status.FAIL).severity(Severity.WARN),
            FakeCheck.of("b.slow", Status.PASS).delay(Duration.ofMillis(200)));
    Runner.Outcome o = runner(Duration.ofSeconds(30), true).run(checks, Map.of());
    assertThat(o.results().get(1).status()).isEqualTo(Status.PASS);
  }

  @Test
  void listenerHearsEveryCheckStartAndFinish() {
    List<ProgressEvent> events = Collections.synchronizedList(new ArrayList<>());
    Runner r =
        new Runner(
            new Runner.Options(Duration.ofSeconds(5), false, false, events::add, null, null));
    r.run(
        List.of(FakeCheck.of("a.one", Status.PASS), FakeCheck.of("b.two", Status.FAIL)), Map.of());
    assertThat(events).filteredOn(e -> e instanceof ProgressEvent.CheckStarted).hasSize(2);
    assertThat(events).filteredOn(e -> e instanceof ProgressEvent.CheckFinished).hasSize(2);
    assertThat(events.get(0)).isInstanceOf(ProgressEvent.RunStarted.class);
    assertThat(events.get(events.size() - 1)).isInstanceOf(ProgressEvent.RunFinished.class);
  }

  @Test
  void checksPublishFacts() {
    Check publishing =
        new Check() {
          @Override
          public CheckId id() {
            return CheckId.of("x.facts");
          }

          @Override
          public Severity severity() {
            return Severity.BLOCK;
          }

          @Override
          public CheckResult run(CheckContext context) {
            context.fact(Fact.COMMIT, "abc123");
            return CheckResult.pass(this, "ok");
          }
        };
    assertThat(runner(Duration.ofSeconds(5), false).run(List.of(publishing), Map.of()).facts())
        .containsEntry(Fact.COMMIT, "abc123");
  }
}
