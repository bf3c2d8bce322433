package dev.releasesentinel.checks.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A freeze from calendar occurrences, as a pure function: frozen while an occurrence is in
 * progress, until the end of the run of occurrences that overlap or touch it, so "frozen until" is
 * when deploys are really allowed again (docs/checks/schedule.md, "iCalendar freezes").
 */
final class Occurrences {

  private Occurrences() {}

  /**
   * @param horizon the end of the time span the occurrences were expanded for: a run reaching it
   *     has no known end
   */
  static FreezeState at(List<Occurrence> all, Instant t, Instant horizon) {
    List<Occurrence> sorted = new ArrayList<>(all);
    sorted.removeIf(o -> !o.end().isAfter(o.start()));
    sorted.sort(Comparator.comparing(Occurrence::start));
    List<Occurrence> containing = sorted.stream().filter(o -> o.contains(t)).toList();
    if (containing.isEmpty()) {
      return sorted.stream()
          .filter(o -> o.start().isAfter(t))
          .findFirst()
          .map(o -> run(sorted, o, horizon))
          .orElseGet(FreezeState.Clear::none);
    }
    Instant since = containing.get(0).start();
    Set<String> names = new LinkedHashSet<>();
    Instant end = t;
    boolean extended = true;
    while (extended) {
      extended = false;
      for (Occurrence o : sorted) {
        if (!o.start().isAfter(end) && o.end().isAfter(end)) {
          end = o.end();
          extended = true;
        }
      }
    }
    for (Occurrence o : containing) {
      names.add(o.summary());
    }
    names.remove("");
    Optional<Instant> until = end.isBefore(horizon) ? Optional.of(end) : Optional.empty();
    return new FreezeState.Frozen(since, until, String.join(", ", names));
  }

  /** The next freeze, starting with {@code first}, merged with what follows it without a gap. */
  private static FreezeState.Clear run(List<Occurrence> sorted, Occurrence first, Instant horizon) {
    Instant end = first.end();
    for (Occurrence o : sorted) {
      if (!o.start().isAfter(end) && o.end().isAfter(end)) {
        end = o.end();
      }
    }
    return new FreezeState.Clear(
        Optional.of(first.start()),
        end.isBefore(horizon) ? Optional.of(end) : Optional.empty(),
        Optional.empty(),
        first.summary());
  }
}
