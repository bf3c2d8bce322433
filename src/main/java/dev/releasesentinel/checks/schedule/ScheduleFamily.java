package dev.releasesentinel.checks.schedule;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.http.HttpProbe;
import dev.releasesentinel.http.OkHttpProbe;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schedule family (docs/checks/schedule.md): deploy windows and freezes, judged at the run's
 * instant ({@link RunContext#at()}, which {@code check --at} sets). Building the checks reads no
 * calendar and opens no HTTP client: an https calendar is fetched through the shared HTTP probe
 * when its check runs.
 */
public final class ScheduleFamily implements Family {

  static final CheckKind WINDOW =
      CheckKind.optIn("schedule.window", "now is inside one of the deploy windows").live();
  static final CheckKind FREEZE =
      CheckKind.optIn("schedule.freeze", "no freeze NAME is in effect now").per("NAME").live();

  private static final ScheduleBinder SECTION = new ScheduleBinder();

  private final LazyProbe.Factory<HttpProbe> factory;

  public ScheduleFamily() {
    this(c -> OkHttpProbe.create(c.environment(), c.redactor()));
  }

  /** The family fetching calendars through the probe {@code factory} opens (tests pass fakes). */
  ScheduleFamily(LazyProbe.Factory<HttpProbe> factory) {
    this.factory = factory;
  }

  @Override
  public Section<ScheduleConfig> section() {
    return SECTION;
  }

  @Override
  public List<CheckKind> kinds() {
    return List.of(WINDOW, FREEZE);
  }

  static Optional<ScheduleConfig> config(Config config) {
    return config.get(SECTION);
  }

  /** The zone the config's schedule reads times in: UTC without a schedule section. */
  public static java.time.ZoneId zone(Config config) {
    return config(config).map(s -> s.rules().zone()).orElse(ScheduleRules.DEFAULT_ZONE);
  }

  @Override
  public List<Planned> plan(Config config, RunContext context) {
    if (config(config).isEmpty()) {
      return List.of();
    }
    ScheduleConfig s = config(config).get();
    Clock clock = context.rules();
    CalendarReader calendars =
        new CalendarReader(
            context.repository(),
            new HttpCalendarTransport(LazyProbe.of(factory, context), context.clock()));
    List<Planned> checks = new ArrayList<>();
    s.windows()
        .ifPresent(
            spec ->
                checks.add(
                    WINDOW.plan(
                        new WindowCheck(
                            s.rules().windows(), s.rules().zone(), spec.severity(), clock),
                        spec)));
    for (ScheduleConfig.Freeze f : s.freezes()) {
      checks.add(
          FREEZE.plan(
              new FreezeCheck(f.rule(), s.rules().zone(), f.spec().severity(), clock, calendars),
              f.spec()));
    }
    return checks;
  }

  /** Every https calendar URL, whole: it is the calendar's secret address. */
  @Override
  public Set<String> secrets(Config config, Environment env) {
    return new LinkedHashSet<>(config(config).map(ScheduleConfig::calendarUrls).orElse(List.of()));
  }
}
