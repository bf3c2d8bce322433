package dev.releasesentinel.checks.schedule;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code schedule.freeze:NAME}: the freeze is not in effect at the evaluation instant
 * (docs/checks/schedule.md). A calendar that cannot be read, fetched or parsed is ERROR.
 */
public final class FreezeCheck implements Check {

  private final FreezeRule rule;
  private final ZoneId zone;
  private final Severity severity;
  private final Clock clock;
  private final CalendarReader calendars;

  public FreezeCheck(
      FreezeRule rule, ZoneId zone, Severity severity, Clock clock, CalendarReader calendars) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.calendars = Objects.requireNonNull(calendars, "calendars");
  }

  public static CheckId id(String name) {
    return ScheduleFamily.FREEZE.checkId(name);
  }

  @Override
  public CheckId id() {
    return id(rule.name());
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return "no deploy during the freeze " + rule.name() + " (" + FreezeText.what(rule) + ")";
  }

  @Override
  public CheckResult run(CheckContext context) {
    context.activity(
        rule instanceof CalendarFreeze c
            ? "reading calendar " + c.source().shown()
            : "evaluating " + rule.name());
    Instant t = clock.instant();
    FreezeState state = Freezes.at(rule, zone, t, calendars, context.remaining());
    Map<String, Object> d = new LinkedHashMap<>();
    d.put(ScheduleDetails.AT, ScheduleFormat.rfc3339(t, zone));
    d.put(ScheduleDetails.ZONE, zone.getId());
    d.put("freeze", FreezeText.what(rule));
    if (state instanceof FreezeState.Unreadable u) {
      return CheckResult.error(this, u.message()).withDetails(d);
    }
    if (state instanceof FreezeState.Frozen f) {
      d.put("frozenSince", ScheduleFormat.rfc3339(f.since(), zone));
      f.until().ifPresent(u -> d.put(ScheduleDetails.CLEARS_AT, ScheduleFormat.rfc3339(u, zone)));
      put(d, "event", f.what());
      return CheckResult.fail(this, FreezeText.frozen(rule, f, zone, t)).withDetails(d);
    }
    FreezeState.Clear c = (FreezeState.Clear) state;
    c.nextStart().ifPresent(s -> d.put("nextStart", ScheduleFormat.rfc3339(s, zone)));
    c.nextEnd().ifPresent(s -> d.put("nextEnd", ScheduleFormat.rfc3339(s, zone)));
    c.endedAt().ifPresent(s -> d.put("endedAt", ScheduleFormat.rfc3339(s, zone)));
    put(d, "nextEvent", c.what());
    return CheckResult.pass(this, FreezeText.clear(rule, c, zone)).withDetails(d);
  }

  private static void put(Map<String, Object> d, String key, String value) {
    Optional.of(value).filter(v -> !v.isEmpty()).ifPresent(v -> d.put(key, v));
  }
}
