package dev.releasesentinel.checks.schedule;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Severity;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A whole {@code schedule:} section as plain values: the zone (default UTC), the deploy windows
 * (none: no {@code schedule.window} check) and the freezes, one check each.
 */
public record ScheduleRules(
    ZoneId zone, List<WindowRule> windows, List<FreezeRule> freezes, Severity severity) {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

  public ScheduleRules {
    zone =
        zone == null
            ? DEFAULT_ZONE
            : zone.normalized().equals(ZoneOffset.UTC) ? DEFAULT_ZONE : zone;
    windows = List.copyOf(windows);
    freezes = List.copyOf(freezes);
    Objects.requireNonNull(severity, "severity");
    Set<String> names = new HashSet<>();
    for (FreezeRule f : freezes) {
      if (!f.name().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        throw new IllegalArgumentException(
            "freeze name '"
                + f.name()
                + "' must be letters, digits, '.', '_' or '-' (it is part"
                + " of the check id schedule.freeze:NAME)");
      }
      if (!names.add(f.name())) {
        throw new IllegalArgumentException("two freezes are named '" + f.name() + "'");
      }
    }
  }

  /** The checks, windows first, then freezes in the order they are declared. */
  public List<Check> checks(Clock clock, CalendarReader calendars) {
    List<Check> out = new ArrayList<>();
    if (!windows.isEmpty()) {
      out.add(new WindowCheck(windows, zone, severity, clock));
    }
    for (FreezeRule f : freezes) {
      out.add(new FreezeCheck(f, zone, severity, clock, calendars));
    }
    return out;
  }
}
