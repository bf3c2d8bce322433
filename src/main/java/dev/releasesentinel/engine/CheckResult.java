package dev.releasesentinel.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one check (docs/report-formats.md). {@code message} says what was found; {@code
 * hint} how to fix it, when the check knows (renderers show it apart, as "fix: ..."). {@code
 * details} is a small ordered map of facts (strings, numbers, booleans, lists and maps of those)
 * that every report format renders. {@code duration} is the check's wall time, from its start to
 * its result; {@code attempts} how many tries it made, and {@code tries} each of them when the
 * check records them (latency per try). {@code description} says what the check verifies (as {@code
 * list} shows it), {@code source} where the config declared it (none for the built-in defaults).
 * {@code needs} names the check whose result this SKIP waits on; {@code waived} is the waiver of a
 * WAIVED result.
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
    Optional<Source> source,
    Optional<String> hint,
    Optional<CheckId> needs,
    Optional<Waived> waived,
    List<AttemptRecord> tries) {

  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(severity, "severity");
    message = message == null ? "" : message;
    details = DetailMaps.orderedCopy(details);
    duration = duration == null ? Duration.ZERO : duration;
    attempts = Math.max(attempts, 0);
    description = description == null || description.isEmpty() ? id.value() : description;
    source = source == null ? Optional.empty() : source;
    hint = hint == null ? Optional.empty() : hint.filter(h -> !h.isBlank());
    needs = needs == null ? Optional.empty() : needs;
    waived = waived == null ? Optional.empty() : waived;
    tries = tries == null ? List.of() : List.copyOf(tries);
  }

  /** A result told what its check verifies and where it was declared, without the extras. */
  public CheckResult(
      CheckId id,
      Status status,
      Severity severity,
      String message,
      Map<String, Object> details,
      Duration duration,
      int attempts,
      String description,
      Optional<Source> source) {
    this(
        id,
        status,
        severity,
        message,
        details,
        duration,
        attempts,
        description,
        source,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of());
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
    this(
        id,
        status,
        severity,
        message,
        details,
        duration,
        attempts,
        null,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of());
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
    merged.putAll(DetailMaps.orderedCopy(more));
    return copy(status, severity, message, merged, duration, attempts, waived);
  }

  public CheckResult withDetail(String key, Object value) {
    return withDetails(Map.of(key, value));
  }

  public CheckResult withDuration(Duration d) {
    return copy(status, severity, message, details, d, attempts, waived);
  }

  public CheckResult withAttempts(int n) {
    return copy(status, severity, message, details, duration, n, waived);
  }

  public CheckResult withSeverity(Severity s) {
    return copy(status, s, message, details, duration, attempts, waived);
  }

  /** The same result, said to be of a check that verifies {@code what}, declared at {@code at}. */
  public CheckResult withCheck(String what, Optional<Source> at) {
    return new CheckResult(
        id, status, severity, message, details, duration, attempts, what, at, hint, needs, waived,
        tries);
  }

  /** The same result with how to fix it, shown apart from the message ("fix: ..."). */
  public CheckResult withHint(String fix) {
    return new CheckResult(
        id,
        status,
        severity,
        message,
        details,
        duration,
        attempts,
        description,
        source,
        Optional.ofNullable(fix),
        needs,
        waived,
        tries);
  }

  /** A SKIP that waits on {@code other}, which carries the FAIL or ERROR of the cause. */
  public CheckResult withNeeds(CheckId other) {
    return new CheckResult(
        id,
        status,
        severity,
        message,
        details,
        duration,
        attempts,
        description,
        source,
        hint,
        Optional.of(other),
        waived,
        tries);
  }

  /** The same result with each try recorded (its latency, wait, answer). */
  public CheckResult withTries(List<AttemptRecord> each) {
    return new CheckResult(
        id,
        status,
        severity,
        message,
        details,
        duration,
        attempts,
        description,
        source,
        hint,
        needs,
        waived,
        each);
  }

  /**
   * This FAIL or ERROR accepted by the waiver that names {@code check} (an id or id prefix):
   * WAIVED, which never blocks; the waiver keeps the status the check ended in (docs/waivers.md).
   */
  public CheckResult waive(
      String check, String reason, String by, Optional<String> expires, Optional<String> ticket) {
    return waive(check, reason, by, expires, ticket, Optional.empty());
  }

  /** The same, with the days the waiver has left ({@link Waived#daysLeft()}). */
  public CheckResult waive(
      String check,
      String reason,
      String by,
      Optional<String> expires,
      Optional<String> ticket,
      Optional<Long> daysLeft) {
    if (!status.isFailure()) {
      throw new IllegalStateException("only a FAIL or an ERROR is waived, not " + status);
    }
    return copy(
        Status.WAIVED,
        severity,
        message,
        details,
        duration,
        attempts,
        Optional.of(new Waived(check, reason, by, expires, ticket, status, daysLeft)));
  }

  /** A SKIP of {@code check} because {@code other} lacks what it needs ("needs ...: see ..."). */
  public static CheckResult needs(Check check, CheckId other, String what) {
    return skip(check, "needs " + what + ": see " + other.value()).withNeeds(other);
  }

  private CheckResult copy(
      Status st,
      Severity sev,
      String msg,
      Map<String, Object> d,
      Duration took,
      int n,
      Optional<Waived> w) {
    return new CheckResult(
        id, st, sev, msg, d, took, n, description, source, hint, needs, w, tries);
  }

  /** The same result with every text (message, detail keys and values) passed through {@code f}. */
  public CheckResult mapText(java.util.function.UnaryOperator<String> f) {
    return new CheckResult(
        id,
        status,
        severity,
        f.apply(message),
        DetailMaps.mapDetails(details, f),
        duration,
        attempts,
        f.apply(description),
        source.map(s -> new Source(f.apply(s.file()), s.line(), s.column())),
        hint.map(f),
        needs,
        waived.map(w -> w.mapText(f)),
        tries.stream().map(t -> t.mapText(f)).toList());
  }

  /** Whether this result alone would block the release (counts warnings only when strict). */
  public boolean blocks(boolean strict) {
    return Verdict.of(this, strict) != Verdict.SAFE;
  }
}
