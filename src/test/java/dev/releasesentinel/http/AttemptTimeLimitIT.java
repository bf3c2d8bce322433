package dev.releasesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.api.testing.RecordingContext;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.redact.Redactor;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;

/**
 * An attempt ends at its time limit even when the HTTP client does not return by itself: a name
 * lookup blocks (the JDK's resolver cannot be interrupted) well past the call's own timeout.
 */
class AttemptTimeLimitIT {

  /** A resolver that answers after {@code millis}, whatever interrupts it. */
  static Dns slow(long millis) {
    return host -> {
      long until = System.nanoTime() + millis * 1_000_000;
      while (System.nanoTime() < until) {
        try {
          Thread.sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
          // as a blocked native lookup would: keep waiting
        }
      }
      return List.of(InetAddress.getLoopbackAddress());
    };
  }

  @Test
  void aLookupThatDoesNotReturnEndsTheAttemptAtItsLimit() throws Exception {
    HttpProbe probe = OkHttpProbe.create(Environment.of(Map.of()), Redactor.NONE, slow(8_000));
    HttpRequest request =
        new HttpRequest(
            "GET",
            "http://slow.test:8080/health",
            "http://slow.test:8080/health",
            Map.of(),
            Optional.empty(),
            Optional.empty(),
            Duration.ofMillis(300));
    long start = System.nanoTime();

    Exchange ex =
        probe.exchange(
            request,
            Retries.of(1, Duration.ofMillis(10), Duration.ofMillis(20)),
            HealthRule::transport,
            RecordingContext.relaxed());

    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(ex.steps()).hasSize(1);
    Attempt a = ex.last().attempt();
    assertThat(a.failure()).isEqualTo(Attempt.Failure.TIMEOUT);
    assertThat(a.failureMessage()).isEqualTo("no answer from slow.test:8080 within 300ms");
    // Its budget and the time limit's margin, not the resolver's 8 s.
    assertThat(tookMs).isBetween(300L, 4_000L);
  }
}
