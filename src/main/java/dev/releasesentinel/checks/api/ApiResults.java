package dev.releasesentinel.checks.api;

import dev.releasesentinel.engine.AttemptRecord;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.http.Exchange;
import dev.releasesentinel.http.HttpRequest;
import dev.releasesentinel.http.Judgement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns an endpoint's {@link Exchange} into its result: PASS as soon as one attempt passed, FAIL
 * when every attempt failed ("sustained failure" when there was more than one) or one failed in a
 * way retries cannot heal, ERROR when the run's deadline or a cancellation stopped the attempts
 * early.
 */
final class ApiResults {

  /** How much of an upstream body a result shows; upstream answers may echo secrets. */
  static final int BODY_EXCERPT = 200;

  private ApiResults() {}

  static CheckResult of(Check check, HttpRequest request, Exchange ex, int maxAttempts) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("method", request.method());
    details.put("url", request.displayUrl());
    details.put("attempts", steps(ex));
    int n = ex.steps().size();
    if (ex.isEmpty()) {
      String msg =
          ex.end() == Exchange.End.CANCELLED
              ? "cancelled before the first attempt at " + request.describe()
              : "no time left before the run's deadline for a first attempt at "
                  + request.describe()
                  + ": raise --timeout or the config's timeout";
      return CheckResult.error(check, msg).withDetails(details).withAttempts(0);
    }
    Exchange.Step last = ex.last();
    if (last.judgement().passed()) {
      String msg = last.judgement().label() + " in " + Durations.words(last.attempt().latency());
      if (n > 1) {
        msg +=
            " after "
                + (n - 1)
                + (n == 2 ? " failed attempt (" : " failed attempts (")
                + labels(ex.steps().subList(0, n - 1))
                + ")";
      }
      return CheckResult.pass(check, msg).withDetails(details).withAttempts(n).withTries(tries(ex));
    }
    if (!last.attempt().body().isBlank()) {
      details.put("body", Expectations.excerpt(last.attempt().body(), BODY_EXCERPT));
    }
    String reason = last.judgement().reason();
    CheckResult r;
    if (ex.end() == Exchange.End.CANCELLED) {
      r =
          CheckResult.error(
              check,
              "cancelled after "
                  + attempts(n)
                  + " ("
                  + labels(ex.steps())
                  + ") at "
                  + request.describe()
                  + ": "
                  + reason);
    } else if (ex.end() == Exchange.End.NO_TIME) {
      r =
          CheckResult.error(
              check,
              labels(ex.steps())
                  + " over "
                  + Durations.words(ex.elapsed())
                  + ", then the run's deadline left no time for "
                  + (n < maxAttempts
                      ? "attempt " + (n + 1) + " of " + maxAttempts
                      : "a full attempt")
                  + " (last: "
                  + reason
                  + "): raise --timeout or the config's timeout, or lower this endpoint's timeout or"
                  + " attempts");
    } else if (last.judgement().kind() == Judgement.Kind.STOP || n == 1) {
      // One attempt is not a sustained failure: it says what the one answer was.
      r =
          CheckResult.fail(
              check, last.judgement().label() + " from " + request.describe() + ": " + reason);
    } else {
      r =
          CheckResult.fail(
              check,
              labels(ex.steps())
                  + " over "
                  + Durations.words(ex.elapsed())
                  + " — sustained failure: "
                  + reason);
    }
    return r.withDetails(details).withAttempts(n).withTries(tries(ex));
  }

  /** Each attempt as the reports show it: its wait, answer or failure, latency, what was wrong. */
  private static List<AttemptRecord> tries(Exchange ex) {
    List<AttemptRecord> out = new ArrayList<>();
    int i = 1;
    for (Exchange.Step s : ex.steps()) {
      out.add(
          new AttemptRecord(
              i++,
              s.waitBefore(),
              s.attempt().status() > 0 ? OptionalInt.of(s.attempt().status()) : OptionalInt.empty(),
              s.attempt().latency(),
              s.attempt().answered()
                  ? Optional.empty()
                  : Optional.of(s.attempt().failure().label()),
              s.judgement().passed()
                  ? Optional.empty()
                  : Optional.of(Expectations.excerpt(s.judgement().reason(), BODY_EXCERPT))));
    }
    return out;
  }

  private static String attempts(int n) {
    return n == 1 ? "1 attempt" : n + " attempts";
  }

  /** {@code 503 ×3}, or {@code 503 ×2, timeout} when the attempts differ. */
  static String labels(List<Exchange.Step> steps) {
    List<String> out = new ArrayList<>();
    String run = null;
    int count = 0;
    for (Exchange.Step s : steps) {
      String l = s.judgement().label();
      if (l.equals(run)) {
        count++;
        continue;
      }
      if (run != null) {
        out.add(count > 1 ? run + " ×" + count : run);
      }
      run = l;
      count = 1;
    }
    if (run != null) {
      out.add(count > 1 ? run + " ×" + count : run);
    }
    return String.join(", ", out);
  }

  private static List<Map<String, Object>> steps(Exchange ex) {
    List<Map<String, Object>> out = new ArrayList<>();
    int i = 1;
    for (Exchange.Step s : ex.steps()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("attempt", i++);
      if (!s.waitBefore().isZero()) {
        m.put("waitMs", s.waitBefore().toMillis());
      }
      if (s.attempt().status() > 0) {
        m.put("status", s.attempt().status());
      }
      m.put("latencyMs", s.attempt().latency().toMillis());
      if (!s.attempt().answered()) {
        m.put("error", s.attempt().failure().label());
      }
      if (!s.judgement().passed()) {
        m.put("reason", Expectations.excerpt(s.judgement().reason(), BODY_EXCERPT));
      }
      out.add(m);
    }
    return out;
  }
}
