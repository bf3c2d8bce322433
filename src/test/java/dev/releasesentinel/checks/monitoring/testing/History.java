package dev.releasesentinel.checks.monitoring.testing;

import java.time.Instant;
import java.util.Locale;

/**
 * The backfilled history of the test Prometheus, in OpenMetrics text: 30 minutes up to the
 * evaluation instant {@code t}, one sample every 15 seconds.
 *
 * <ul>
 *   <li>{@code http_requests_total{job,instance,code}}: payments answers 0.2% 5xx, checkout 5%;
 *   <li>{@code payments_error_ratio{instance="a"}} 0.002 with a spike of 0.05 at t-7m and t-6m45s,
 *       {@code instance="b"} 0.004 throughout;
 *   <li>{@code queue_depth{queue}}: orders 12, emails 340, audit 40;
 *   <li>{@code latency_p99_seconds{job="payments"}} 0.25; {@code latency_p99_seconds{job="slow"}}
 *       +Inf; {@code idle_error_ratio} NaN;
 *   <li>{@code fresh_gauge{instance="c"}} 1, only for the last 3 minutes.
 * </ul>
 */
public final class History {

  public static final long SPIKE_FROM_SECONDS_AGO = 420;
  public static final long SPIKE_TO_SECONDS_AGO = 405;

  private History() {}

  public static String openMetrics(Instant t) {
    long end = t.getEpochSecond();
    long start = end - 1800;
    StringBuilder b = new StringBuilder();
    b.append("# TYPE http_requests counter\n");
    for (long s = start, i = 0; s <= end; s += 15, i++) {
      counter(b, "payments", "a", "200", 100 * i, s);
      counter(b, "payments", "a", "500", 0.2 * i, s);
      counter(b, "payments", "b", "200", 100 * i, s);
      counter(b, "payments", "b", "500", 0.2 * i, s);
      counter(b, "checkout", "a", "200", 95 * i, s);
      counter(b, "checkout", "a", "503", 5 * i, s);
    }
    b.append("# TYPE payments_error_ratio gauge\n");
    for (long s = start; s <= end; s += 15) {
      long ago = end - s;
      double a = ago <= SPIKE_FROM_SECONDS_AGO && ago >= SPIKE_TO_SECONDS_AGO ? 0.05 : 0.002;
      sample(b, "payments_error_ratio{job=\"payments\",instance=\"a\"}", a, s);
      sample(b, "payments_error_ratio{job=\"payments\",instance=\"b\"}", 0.004, s);
    }
    b.append("# TYPE queue_depth gauge\n");
    for (long s = start; s <= end; s += 15) {
      sample(b, "queue_depth{queue=\"orders\"}", 12, s);
      sample(b, "queue_depth{queue=\"emails\"}", 340, s);
      sample(b, "queue_depth{queue=\"audit\"}", 40, s);
    }
    b.append("# TYPE latency_p99_seconds gauge\n");
    for (long s = start; s <= end; s += 15) {
      sample(b, "latency_p99_seconds{job=\"payments\"}", 0.25, s);
      sampleText(b, "latency_p99_seconds{job=\"slow\"}", "+Inf", s);
    }
    b.append("# TYPE idle_error_ratio gauge\n");
    for (long s = start; s <= end; s += 15) {
      sampleText(b, "idle_error_ratio{job=\"idle\"}", "NaN", s);
    }
    b.append("# TYPE fresh_gauge gauge\n");
    for (long s = end - 180; s <= end; s += 15) {
      sample(b, "fresh_gauge{instance=\"c\"}", 1, s);
    }
    return b.append("# EOF\n").toString();
  }

  private static void counter(
      StringBuilder b, String job, String instance, String code, double value, long s) {
    sample(
        b,
        "http_requests_total{job=\""
            + job
            + "\",instance=\""
            + instance
            + "\",code=\""
            + code
            + "\"}",
        value,
        s);
  }

  private static void sample(StringBuilder b, String series, double value, long s) {
    sampleText(b, series, String.format(Locale.ROOT, "%s", value), s);
  }

  private static void sampleText(StringBuilder b, String series, String value, long s) {
    b.append(series).append(' ').append(value).append(' ').append(s).append('\n');
  }
}
