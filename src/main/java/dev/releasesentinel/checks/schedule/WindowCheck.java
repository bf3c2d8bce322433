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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code schedule.window}: the evaluation instant is inside one of the deploy windows
 * (docs/checks/schedule.md). The instant comes from {@code clock}: the run's clock, fixed by {@code
 * --at}.
 */
public final class WindowCheck implements Check {

  public static final CheckId ID = ScheduleFamily.WINDOW.checkId();

  private final List<WindowRule> windows;
  private final ZoneId zone;
  private final Severity severity;
  private final Clock clock;

  public WindowCheck(List<WindowRule> windows, ZoneId zone, Severity severity, Clock clock) {
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("schedule.window needs at least one window");
    }
    this.windows = List.copyOf(windows);
    this.zone = Objects.requireNonNull(zone, "zone");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public CheckId id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return "deploys only inside " + labels();
  }

  @Override
  public CheckResult run(CheckContext context) {
    Instant t = clock.instant();
    WindowState s = Windows.at(windows, zone, t);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put(ScheduleDetails.AT, ScheduleFormat.rfc3339(t, zone));
    d.put(ScheduleDetails.ZONE, zone.getId());
    d.put("windows", windows.stream().map(WindowRule::label).toList());
    if (s.inside()) {
      String label = s.window().orElseThrow().label();
      d.put("window", label);
      s.closesAt().ifPresent(c -> d.put("closesAt", ScheduleFormat.rfc3339(c, zone)));
      String closes =
          s.closesAt()
              .map(c -> "; it closes " + ScheduleFormat.dayTime(c, zone))
              .orElse("; no window gap in the next two weeks");
      return CheckResult.pass(
              this, "inside the deploy window " + label + " (" + zone + ")" + closes)
          .withDetails(d);
    }
    Instant opens = s.opensAt().orElseThrow();
    d.put(ScheduleDetails.CLEARS_AT, ScheduleFormat.rfc3339(opens, zone));
    return CheckResult.fail(
            this,
            "outside the deploy windows ("
                + labels()
                + "); next window opens "
                + ScheduleFormat.dayTime(opens, zone))
        .withDetails(d);
  }

  private String labels() {
    return windows.stream().map(WindowRule::label).collect(Collectors.joining("; "))
        + " "
        + zone.getId();
  }
}
