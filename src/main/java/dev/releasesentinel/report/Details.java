package dev.releasesentinel.report;

import dev.releasesentinel.engine.AttemptRecord;
import dev.releasesentinel.engine.CheckResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A result's details as lines a person reads (docs/report-formats.md, "Details"): the request, one
 * line per attempt ("attempt 2: 503 in 5 ms, after waiting 108 ms"), then every other fact as "key:
 * value". Never a Java {@code toString}.
 */
final class Details {

  /** Keys shown in their own lines (the request, the attempts), not as "key: value". */
  private static final List<String> OWN_LINES = List.of("method", "url", "attempts");

  private Details() {}

  /** "GET https://...", when the check made a request. */
  static Optional<String> request(CheckResult c) {
    Object url = c.details().get("url");
    if (url == null) {
      return Optional.empty();
    }
    Object method = c.details().get("method");
    return Optional.of((method == null ? "" : method + " ") + url);
  }

  /** Each attempt of a check that retries, from its recorded tries or its details. */
  static List<AttemptRecord> attempts(CheckResult c) {
    if (!c.tries().isEmpty()) {
      return c.tries();
    }
    List<AttemptRecord> out = new ArrayList<>();
    if (c.details().get("attempts") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          int n = number(m.get("attempt")).orElse(out.size() + 1);
          out.add(
              new AttemptRecord(
                  Math.max(1, n),
                  Duration.ofMillis(number(m.get("waitMs")).orElse(0)),
                  number(m.get("status")).isPresent()
                      ? OptionalInt.of(number(m.get("status")).get())
                      : OptionalInt.empty(),
                  Duration.ofMillis(number(m.get("latencyMs")).orElse(0)),
                  text(m.get("error")),
                  text(m.get("reason"))));
        }
      }
    }
    return out;
  }

  /** "attempt 2: 503 in 5 ms, after waiting 108 ms: /status is DOWN". */
  static String attempt(AttemptRecord a) {
    StringBuilder b = new StringBuilder("attempt ").append(a.number()).append(": ");
    if (a.status().isPresent()) {
      b.append(a.status().getAsInt()).append(" in ").append(Texts.duration(a.latency()));
    } else {
      b.append(a.error().orElse("no answer after " + Texts.duration(a.latency())));
    }
    if (!a.waitBefore().isZero()) {
      b.append(", after waiting ").append(Texts.duration(a.waitBefore()));
    }
    if (a.status().isPresent() && a.error().isPresent()) {
      b.append(", ").append(a.error().get());
    }
    a.problem().ifPresent(p -> b.append(": ").append(p));
    return b.toString();
  }

  /** Every line: the request, the attempts, then the other facts. */
  static List<String> lines(CheckResult c) {
    List<String> out = new ArrayList<>();
    request(c).ifPresent(out::add);
    List<AttemptRecord> attempts = attempts(c);
    if (attempts.size() > 1 || attempts.stream().anyMatch(a -> a.problem().isPresent())) {
      attempts.forEach(a -> out.add(attempt(a)));
    }
    c.details()
        .forEach(
            (k, v) -> {
              if (!OWN_LINES.contains(k)) {
                out.add(k + ": " + value(v) + bytes(k, v));
              }
            });
    return out;
  }

  /** " (70.7 GiB)" beside a byte count, so the number reads the way the config says sizes. */
  private static String bytes(String key, Object v) {
    if (!key.endsWith("Bytes") || !(v instanceof Number n) || n.longValue() < 1024) {
      return "";
    }
    double x = n.doubleValue();
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    int u = -1;
    while (x >= 1024 && u < units.length - 1) {
      x /= 1024;
      u++;
    }
    return String.format(java.util.Locale.ROOT, " (%.1f %s)", x, units[u]);
  }

  /** A value on one line: lists joined by ", ", maps as "k: v" pairs in braces. */
  static String value(Object v) {
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(k + ": " + value(x)));
      return "{" + String.join(", ", parts) + "}";
    }
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(x -> parts.add(value(x)));
      return String.join(", ", parts);
    }
    if (v instanceof Duration d) {
      return Texts.duration(d);
    }
    return Texts.oneLine(String.valueOf(v));
  }

  private static Optional<Integer> number(Object o) {
    return o instanceof Number n ? Optional.of(n.intValue()) : Optional.empty();
  }

  private static Optional<String> text(Object o) {
    return o == null ? Optional.empty() : Optional.of(String.valueOf(o));
  }
}
