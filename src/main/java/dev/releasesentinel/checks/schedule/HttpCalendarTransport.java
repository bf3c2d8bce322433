package dev.releasesentinel.checks.schedule;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.Fact;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.http.Exchange;
import dev.releasesentinel.http.HealthRule;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.http.HttpRequest;
import dev.releasesentinel.http.Judgement;
import dev.releasesentinel.http.Retries;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fetches https calendars through the project's HTTP probe, as the api family asks its upstreams
 * (docs/checks/schedule.md, "iCalendar freezes"): TLS verified against the JVM's trust store,
 * HTTPS_PROXY and NO_PROXY honoured, redirects followed on the same origin only (no header and no
 * credential reaches another host), two attempts for a 5xx, a 429 or a dropped connection, and a
 * body larger than the cap refused rather than cut. Only a 2xx answer is a calendar. Reasons never
 * quote the URL: it may carry the calendar's secret address, and the message names the calendar
 * itself.
 */
final class HttpCalendarTransport implements CalendarTransport {

  static final Retries RETRIES = Retries.of(2, Duration.ofMillis(500), Duration.ofSeconds(2));

  /** One attempt may take this long at most; the run's time left cuts it shorter. */
  static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

  private final LazyProbe<HttpProbe> probe;
  private final Clock wallClock;

  /**
   * {@code wallClock} is the run's real clock: a fetch's deadline is real time, whatever --at says.
   */
  HttpCalendarTransport(LazyProbe<HttpProbe> probe, Clock wallClock) {
    this.probe = Objects.requireNonNull(probe, "probe");
    this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
  }

  @Override
  public String get(URI uri, Duration timeout, long maxBytes) throws IOException {
    int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 1024);
    Duration attempt = timeout.compareTo(ATTEMPT_TIMEOUT) < 0 ? timeout : ATTEMPT_TIMEOUT;
    HttpRequest request =
        new HttpRequest(
            "GET",
            uri.toString(),
            "the calendar",
            Map.of("Accept", "text/calendar, */*;q=0.5"),
            Optional.empty(),
            Optional.empty(),
            attempt.isZero() || attempt.isNegative() ? Duration.ofMillis(1) : attempt,
            limit);
    Exchange ex;
    try {
      ex = probe.get().exchange(request, RETRIES, rule(maxBytes), new Within(wallClock, timeout));
    } catch (CannotObserve e) {
      throw new IOException(e.getMessage());
    }
    if (ex.isEmpty()) {
      throw new IOException("no time left in the run to fetch it");
    }
    Exchange.Step last = ex.last();
    if (last.judgement().passed()) {
      return last.attempt().body();
    }
    String reason = last.judgement().reason();
    if (ex.end() == Exchange.End.CANCELLED) {
      reason = "the run gave up on it";
    }
    throw new IOException(
        ex.steps().size() > 1 ? reason + " (" + ex.steps().size() + " attempts)" : reason);
  }

  /** 2xx within the cap is a calendar; 5xx and 429 are worth another attempt; the rest is not. */
  static HealthRule rule(long maxBytes) {
    return a -> {
      if (!a.answered()) {
        return HealthRule.transport(a);
      }
      int s = a.status();
      if (s >= 200 && s <= 299) {
        return a.bodyTruncated()
            ? Judgement.stop(
                "too large",
                "the answer is larger than "
                    + maxBytes / (1024 * 1024)
                    + " MiB, the cap for a"
                    + " calendar")
            : Judgement.pass(Integer.toString(s));
      }
      String reason = "HTTP " + s + " (a calendar must answer 2xx)";
      return s >= 500 || s == 429
          ? Judgement.retry(Integer.toString(s), reason)
          : Judgement.stop(Integer.toString(s), reason);
    };
  }

  /**
   * The fetch's own context: its deadline is the time it was given; the thread's interrupt stops
   * it.
   */
  private static final class Within implements CheckContext {
    private final Clock clock;
    private final Instant deadline;

    Within(Clock clock, Duration timeout) {
      this.clock = clock;
      this.deadline = clock.instant().plus(timeout);
    }

    @Override
    public Instant deadline() {
      return deadline;
    }

    @Override
    public Duration remaining() {
      Duration left = Duration.between(clock.instant(), deadline);
      return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public void activity(String what) {}

    @Override
    public void waiting(Duration wait, String reason) {}

    @Override
    public void fact(Fact key, String value) {}

    @Override
    public boolean cancelled() {
      return Thread.currentThread().isInterrupted();
    }
  }
}
