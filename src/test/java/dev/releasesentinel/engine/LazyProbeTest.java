package dev.releasesentinel.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyProbeTest {

  static final RunContext CONTEXT =
      new RunContext(
          Path.of("/work/repo"),
          Optional.empty(),
          Optional.empty(),
          Environment.of(Map.of()),
          Clock.systemUTC());

  final AtomicInteger opened = new AtomicInteger();

  @Test
  void opensNothingUntilAsked() {
    LazyProbe.of(context -> "probe " + opened.incrementAndGet(), CONTEXT);
    assertThat(opened).hasValue(0);
  }

  @Test
  void opensOnceForEveryCheckOfTheRunWithTheRunsContext() throws Exception {
    LazyProbe<String> probe =
        LazyProbe.of(
            context -> {
              opened.incrementAndGet();
              java.util.concurrent.locks.LockSupport.parkNanos(50_000_000); // others ask meanwhile
              return "probe of " + context.repository();
            },
            CONTEXT);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> asks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asks.add(
            pool.submit(
                () -> {
                  start.await();
                  return probe.get();
                }));
      }
      start.countDown();
      for (Future<String> f : asks) {
        assertThat(f.get()).isEqualTo("probe of /work/repo");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(opened).hasValue(1);
  }

  @Test
  void aProbeThatCannotOpenIsNotOpenedAgainAndEveryCheckGetsTheSameReason() {
    LazyProbe<String> probe =
        LazyProbe.of(
            context -> {
              opened.incrementAndGet();
              throw new CannotObserve("not a git repository: /work/repo");
            },
            CONTEXT);
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(probe::get)
          .isInstanceOf(CannotObserve.class)
          .hasMessage("not a git repository: /work/repo");
    }
    assertThat(opened).hasValue(1);
  }

  @Test
  void aBugWhileOpeningIsRememberedToo() {
    LazyProbe<String> probe =
        LazyProbe.of(
            context -> {
              opened.incrementAndGet();
              throw new IllegalStateException("broken library");
            },
            CONTEXT);
    assertThatThrownBy(probe::get).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(probe::get).isInstanceOf(IllegalStateException.class);
    assertThat(opened).hasValue(1);
  }

  @Test
  void anOpenProbeIsHandedOutAsItIs() throws CannotObserve {
    assertThat(LazyProbe.of("fake").get()).isEqualTo("fake");
  }
}
