package dev.releasesentinel.engine;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one check. {@code details} is a small ordered map of facts (strings, numbers,
 * booleans, lists and maps of those) that every report format renders. {@code description} says
 * what the check verifies (as {@code list} shows it), {@code source} where the config declared it
 * (none for the built-in defaults): renderers that point at the config (annotations, SARIF, Code
 * Quality) need nothing else.
 */
public record CheckResult(
    CheckId id,
    Status status,
    Severity severity,
    String message,
    Map<String, Object> details,
    Duration duration,
    int attempts,
    String description,
    Optional<Source> source) {

  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(severity, "severity");
    message = message == null ? "" : message;
    details = orderedCopy(details);
    duration = duration == null ? Duration.ZERO : duration;
    attempts = Math.max(attempts, 0);
    description = description == null || description.isEmpty() ? id.value() : description;
    source = source == null ? Optional.empty() : source;
  }

  /** A result not yet told what its check verifies or where it was declared. */
  public CheckResult(
      CheckId id,
      Status status,
      Severity severity,
      String message,
      Map<String, Object> details,
      Duration duration,
      int attempts) {
    this(id, status, severity, message, details, duration, attempts, null, Optional.empty());
  }

  /**
   * Details keep the order they were put in when that order is defined (a LinkedHashMap); the
   * unordered maps of {@code Map.of} are sorted by key, so every report is reproducible.
   */
  private static Map<String, Object> orderedCopy(Map<String, ?> details) {
    if (details == null || details.isEmpty()) {
      return Map.of();
    }
    Map<String, ?> source =
        details instanceof LinkedHashMap || details instanceof java.util.SortedMap
            ? details
            : new java.util.TreeMap<>(details);
    Map<String, Object> copy = new LinkedHashMap<>();
    source.forEach((k, v) -> copy.put(k, ordered(v)));
    return Collections.unmodifiableMap(copy);
  }

  /** Nested maps get the same treatment; lists keep their order. */
  @SuppressWarnings("unchecked")
  private static Object ordered(Object v) {
    if (v instanceof Map<?, ?> m) {
      return orderedCopy((Map<String, ?>) m);
    }
    if (v instanceof java.util.List<?> l) {
      return l.stream().map(CheckResult::ordered).toList();
    }
    return v;
  }

  public static CheckResult of(Check check, Status status, String message) {
    return new CheckResult(check.id(), status, check.severity(), message, Map.of(), null, 1);
  }

  public static CheckResult pass(Check check, String message) {
    return of(check, Status.PASS, message);
  }

  public static CheckResult warn(Check check, String message) {
    return of(check, Status.WARN, message);
  }

  public static CheckResult fail(Check check, String message) {
    return of(check, Status.FAIL, message);
  }

  public static CheckResult error(Check check, String message) {
    return of(check, Status.ERROR, message);
  }

  public static CheckResult skip(Check check, String reason) {
    return new CheckResult(check.id(), Status.SKIP, check.severity(), reason, Map.of(), null, 0);
  }

  public CheckResult withDetails(Map<String, ?> more) {
    Map<String, Object> merged = new LinkedHashMap<>(details);
    merged.putAll(orderedCopy(more));
    return new CheckResult(
        id, status, severity, message, merged, duration, attempts, description, source);
  }

  public CheckResult withDetail(String key, Object value) {
    return withDetails(Map.of(key, value));
  }

  public CheckResult withDuration(Duration d) {
    return new CheckResult(
        id, status, severity, message, details, d, attempts, description, source);
  }

  public CheckResult withAttempts(int n) {
    return new CheckResult(
        id, status, severity, message, details, duration, n, description, source);
  }

  public CheckResult withSeverity(Severity s) {
    return new CheckResult(
        id, status, s, message, details, duration, attempts, description, source);
  }

  /** The same result, said to be of a check that verifies {@code what}, declared at {@code at}. */
  public CheckResult withCheck(String what, Optional<Source> at) {
    return new CheckResult(id, status, severity, message, details, duration, attempts, what, at);
  }

  /** The same result with every text (message, detail keys and values) passed through {@code f}. */
  public CheckResult mapText(java.util.function.UnaryOperator<String> f) {
    return new CheckResult(
        id,
        status,
        severity,
        f.apply(message),
        mapDetails(details, f),
        duration,
        attempts,
        f.apply(description),
        source.map(s -> new Source(f.apply(s.file()), s.line(), s.column())));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapDetails(
      Map<String, Object> d, java.util.function.UnaryOperator<String> f) {
    Map<String, Object> out = new LinkedHashMap<>();
    d.forEach((k, v) -> out.put(f.apply(k), mapValue(v, f)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object mapValue(Object v, java.util.function.UnaryOperator<String> f) {
    if (v instanceof String s) {
      return f.apply(s);
    }
    if (v instanceof Map<?, ?> m) {
      return mapDetails((Map<String, Object>) m, f);
    }
    if (v instanceof java.util.List<?> l) {
      return l.stream().map(x -> mapValue(x, f)).toList();
    }
    return v;
  }

  /** Whether this result alone would block the release (counts warnings only when strict). */
  public boolean blocks(boolean strict) {
    return Verdict.of(this, strict) != Verdict.SAFE;
  }
}
