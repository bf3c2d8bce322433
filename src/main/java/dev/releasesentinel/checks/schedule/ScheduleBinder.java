package dev.releasesentinel.checks.schedule;

import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.engine.Severity;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Binds the {@code schedule} section (docs/config.md, "schedule"). */
final class ScheduleBinder implements Section<ScheduleConfig> {

  @Override
  public String name() {
    return "schedule";
  }

  @Override
  public Shape shape() {
    return ScheduleKeys.SHAPE;
  }

  @Override
  public String example() {
    return """
        timezone: Europe/Berlin
        windows:
          - { days: [mon, tue, wed, thu], from: "09:00", to: "16:00" }
        freezes:
          - { name: year-end, from: 2026-12-20, to: 2027-01-04 }
          - { name: weekend, cron-start: "0 16 * * 5", cron-end: "0 8 * * 1" }
        """;
  }

  @Override
  public ScheduleConfig bind(Fields f, Binding binding) {
    ZoneId zone = f.read(ScheduleKeys.TIMEZONE).map(ZoneId::of).orElse(ScheduleRules.DEFAULT_ZONE);
    Severity severity = f.read(ScheduleKeys.SEVERITY, Severity.BLOCK);
    List<WindowRule> windows = new ArrayList<>();
    Optional<CheckSpec> windowSpec = Optional.empty();
    Optional<Node.ListNode> wl = f.list("windows");
    if (wl.isPresent()) {
      List<Node> items = wl.get().items();
      for (int i = 0; i < items.size(); i++) {
        window(items.get(i), "schedule.windows[" + i + "]", f).ifPresent(windows::add);
      }
      if (items.isEmpty()) {
        f.problem(
            wl.get(),
            "windows",
            "an empty list allows no deploy at all; leave windows out instead");
      }
      windowSpec = Optional.of(new CheckSpec(true, severity, f.keyLocation("windows")));
    }
    List<ScheduleConfig.Freeze> freezes = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    List<Node> fl = f.list("freezes").map(Node.ListNode::items).orElse(List.of());
    for (int i = 0; i < fl.size(); i++) {
      freeze(fl.get(i), "schedule.freezes[" + i + "]", f, zone, severity, names)
          .ifPresent(freezes::add);
    }
    f.finish();
    List<FreezeRule> rules = freezes.stream().map(ScheduleConfig.Freeze::rule).toList();
    return new ScheduleConfig(
        new ScheduleRules(zone, windows, rules, severity), windowSpec, freezes);
  }

  private static Optional<WindowRule> window(Node item, String path, Fields parent) {
    Optional<Fields> wf = Fields.of(item, ScheduleKeys.WINDOW, path, parent.problems());
    if (wf.isEmpty()) {
      return Optional.empty();
    }
    Fields w = wf.get();
    Optional<List<String>> days = w.read(ScheduleKeys.DAYS_KEY);
    Optional<String> from = w.read(ScheduleKeys.WINDOW_FROM);
    Optional<String> to = w.read(ScheduleKeys.WINDOW_TO);
    boolean nulls = nulls(w, List.of("days", "from", "to"));
    w.finish();
    if (nulls) {
      return Optional.empty();
    }
    if (days.isEmpty() || from.isEmpty() || to.isEmpty()) {
      if (days.isEmpty() && w.get("days").isEmpty()) {
        parent.problems().add(item.location(), path + ": days is required (e.g. [mon, tue])");
      }
      if (from.isEmpty() && w.get("from").isEmpty()) {
        parent.problems().add(item.location(), path + ": from is required (HH:MM)");
      }
      if (to.isEmpty() && w.get("to").isEmpty()) {
        parent.problems().add(item.location(), path + ": to is required (HH:MM)");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(WindowRule.of(days.get(), from.get(), to.get()));
    } catch (IllegalArgumentException e) {
      parent.problems().add(item.location(), path + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<ScheduleConfig.Freeze> freeze(
      Node item, String path, Fields parent, ZoneId zone, Severity fam, Set<String> names) {
    Optional<Fields> ff = Fields.of(item, ScheduleKeys.FREEZE, path, parent.problems());
    if (ff.isEmpty()) {
      return Optional.empty();
    }
    Fields e = ff.get();
    Optional<String> name = e.read(ScheduleKeys.NAME);
    Optional<String> from = e.read(ScheduleKeys.FROM);
    Optional<String> to = e.read(ScheduleKeys.TO);
    Optional<String> cronStart = e.read(ScheduleKeys.CRON_START);
    Optional<String> cronEnd = e.read(ScheduleKeys.CRON_END);
    Optional<String> ical = e.read(ScheduleKeys.ICAL_KEY);
    Severity severity = e.read(ScheduleKeys.FREEZE_SEVERITY, fam);
    boolean nulls = nulls(e, List.of("name", "from", "to", "cron-start", "cron-end", "ical"));
    e.finish();
    if (nulls) {
      return Optional.empty();
    }
    if (name.isEmpty()) {
      if (e.get("name").isEmpty()) {
        parent
            .problems()
            .add(item.location(), path + ": name is required (the check id schedule.freeze:NAME)");
      }
      return Optional.empty();
    }
    String n = name.get();
    if (!n.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      e.problem(
          e.get("name").get(),
          "name",
          "'"
              + n
              + "' may hold only letters, digits, '.', '_' and '-' (it is part of the check id)");
      return Optional.empty();
    }
    if (!names.add(n)) {
      e.problem(e.get("name").get(), "name", "the name " + n + " is used twice");
      return Optional.empty();
    }
    List<String> given = new ArrayList<>();
    for (List<String> form : ScheduleKeys.FORMS) {
      form.stream().filter(e::has).forEach(given::add);
    }
    List<List<String>> used =
        ScheduleKeys.FORMS.stream().filter(form -> form.stream().anyMatch(e::has)).toList();
    if (used.size() != 1) {
      parent
          .problems()
          .add(
              item.location(),
              path
                  + (used.isEmpty()
                      ? ": say when the freeze is: from/to, cron-start/cron-end, or ical"
                      : ": "
                          + String.join(", ", given)
                          + " mix forms; a freeze is one of from/to, cron-start/cron-end or ical:"
                          + " write two freezes"));
      return Optional.empty();
    }
    List<String> form = used.get(0);
    for (String k : form) {
      if (!e.has(k)) {
        parent
            .problems()
            .add(item.location(), path + ": " + k + " is required with " + otherOf(form, k));
        return Optional.empty();
      }
    }
    CheckSpec spec = new CheckSpec(true, severity, item.location());
    try {
      if (from.isPresent() && to.isPresent()) {
        TimePoint start = point(e, "from", from.get());
        TimePoint end = point(e, "to", to.get());
        if (start == null || end == null) {
          return Optional.empty();
        }
        DateRangeFreeze d = new DateRangeFreeze(n, start, end);
        if (!d.isOrdered(zone)) {
          e.problem(
              e.get("to").get(), "to", "must come after from (" + start + "): to is excluded");
          return Optional.empty();
        }
        return Optional.of(new ScheduleConfig.Freeze(d, spec));
      }
      if (cronStart.isPresent() && cronEnd.isPresent()) {
        return Optional.of(
            new ScheduleConfig.Freeze(new CronFreeze(n, cronStart.get(), cronEnd.get()), spec));
      }
      if (ical.isPresent()) {
        return cal(e, n, ical.get()).map(c -> new ScheduleConfig.Freeze(c, spec));
      }
    } catch (IllegalArgumentException ex) {
      String key = ex.getMessage().startsWith("cron-end") ? "cron-end" : "cron-start";
      e.problem(e.get(key).orElse(item), key, ex.getMessage());
    }
    return Optional.empty();
  }

  /**
   * Reports each of {@code keys} written with no value ({@code ical: ~}): an entry without it would
   * drop out of the run unseen.
   */
  private static boolean nulls(Fields f, List<String> keys) {
    boolean any = false;
    for (String k : keys) {
      if (f.has(k) && f.get(k).isEmpty()) {
        f.problems().add(f.keyLocation(k), f.child(k) + ": needs a value");
        any = true;
      }
    }
    return any;
  }

  private static Optional<CalendarFreeze> cal(Fields e, String name, String ical) {
    try {
      return Optional.of(CalendarFreeze.of(name, ical));
    } catch (IllegalArgumentException ex) {
      e.problem(e.get("ical").get(), "ical", ex.getMessage());
      return Optional.empty();
    }
  }

  private static TimePoint point(Fields e, String key, String text) {
    try {
      return TimePoint.parse(text);
    } catch (IllegalArgumentException ex) {
      e.problem(e.get(key).get(), key, ex.getMessage());
      return null;
    }
  }

  private static String otherOf(List<String> form, String k) {
    return form.stream().filter(x -> !x.equals(k)).findFirst().orElse("");
  }
}
