package dev.releasesentinel.checks.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Deploy windows as a pure function of (windows, zone, instant): deploys are allowed only inside
 * one window (docs/checks/schedule.md, "Windows"). A window is the half-open interval [opens,
 * closes): at 16:00 sharp a 09:00–16:00 window is closed.
 */
public final class Windows {

  /** How far ahead a run of back-to-back windows is followed before "closes" is left unknown. */
  private static final int LOOK_AHEAD_DAYS = 15;

  private Windows() {}

  record Interval(WindowRule rule, Instant opens, Instant closes) {}

  public static WindowState at(List<WindowRule> windows, ZoneId zone, Instant t) {
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("no deploy window to evaluate");
    }
    List<Interval> intervals = intervals(windows, zone, t);
    Optional<Interval> containing =
        intervals.stream()
            .filter(i -> !i.opens().isAfter(t) && i.closes().isAfter(t))
            .min(Comparator.comparing(Interval::opens));
    if (containing.isPresent()) {
      return WindowState.inside(containing.get().rule(), closing(intervals, t));
    }
    Optional<Interval> next =
        intervals.stream()
            .filter(i -> i.opens().isAfter(t) && i.closes().isAfter(i.opens()))
            .min(Comparator.comparing(Interval::opens));
    return WindowState.outside(next.map(Interval::rule), next.map(Interval::opens));
  }

  /**
   * Every window opening from the day before {@code t} (a window across midnight may have opened
   * then) to {@link #LOOK_AHEAD_DAYS} days after it, in the zone's calendar.
   */
  static List<Interval> intervals(List<WindowRule> windows, ZoneId zone, Instant t) {
    LocalDate today = t.atZone(zone).toLocalDate();
    List<Interval> out = new ArrayList<>();
    for (LocalDate d = today.minusDays(1);
        !d.isAfter(today.plusDays(LOOK_AHEAD_DAYS));
        d = d.plusDays(1)) {
      for (WindowRule w : windows) {
        if (w.days().contains(d.getDayOfWeek())) {
          out.add(new Interval(w, w.opening(d, zone).toInstant(), w.closing(d, zone).toInstant()));
        }
      }
    }
    out.sort(Comparator.comparing(Interval::opens));
    return out;
  }

  /** The end of the run of windows containing {@code t}, merging windows that touch or overlap. */
  private static Optional<Instant> closing(List<Interval> intervals, Instant t) {
    Instant end = t;
    boolean extended = true;
    while (extended) {
      extended = false;
      for (Interval i : intervals) {
        if (!i.opens().isAfter(end) && i.closes().isAfter(end)) {
          end = i.closes();
          extended = true;
        }
      }
    }
    Instant last = intervals.get(intervals.size() - 1).opens();
    return end.isBefore(last) ? Optional.of(end) : Optional.empty();
  }
}
