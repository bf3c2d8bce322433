package dev.releasesentinel.checks.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schedule section as the family reads it, and what it refuses, with file:line:column. */
class ScheduleConfigTest {

  static Config load(String yaml) throws ConfigException {
    return Families.loader()
        .parse(yaml, "x.yml", Optional.empty(), Path.of("."))
        .select(Optional.empty());
  }

  static List<Planned> plan(String yaml, Instant at) throws ConfigException {
    RunContext context =
        new RunContext(
            Path.of("."),
            Optional.empty(),
            Optional.empty(),
            Environment.of(Map.of()),
            Clock.fixed(at, ZoneOffset.UTC));
    return new ScheduleFamily().plan(load(yaml), context);
  }

  static final String FULL =
      """
      schedule:
        timezone: Europe/Berlin
        severity: critical
        windows:
          - { days: [mon, TUE, wed, thu], from: "09:00", to: "16:00" }
        freezes:
          - { name: year-end, from: 2026-12-20, to: 2027-01-04, severity: warn }
          - { name: weekend, cron-start: "0 16 * * 5", cron-end: "0 8 * * 1" }
          - { name: holidays, ical: "https://calendar.example/private-abc123/basic.ics" }
      """;

  @Test
  void plansTheWindowAndEachFreezeWithItsSeverityAndPlace() throws Exception {
    List<Planned> planned = plan(FULL, Instant.parse("2026-12-21T10:00:00Z"));
    assertThat(planned)
        .extracting(p -> p.check().id().value())
        .containsExactly(
            "schedule.window",
            "schedule.freeze:year-end",
            "schedule.freeze:weekend",
            "schedule.freeze:holidays");
    assertThat(planned)
        .extracting(p -> p.check().severity())
        .containsExactly(Severity.CRITICAL, Severity.WARN, Severity.CRITICAL, Severity.CRITICAL);
    assertThat(planned.get(1).source()).hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(7));
    assertThat(ScheduleFamily.zone(load(FULL))).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void everyCalendarUrlIsASecret() throws Exception {
    assertThat(new ScheduleFamily().secrets(load(FULL), Environment.of(Map.of())))
        .containsExactly("https://calendar.example/private-abc123/basic.ics");
  }

  @Test
  void theChecksAreJudgedAtTheRunsInstant() throws Exception {
    // Mon 2026-12-21 11:00 CET: inside the window, inside year-end
    List<Planned> planned = plan(FULL, Instant.parse("2026-12-21T10:00:00Z"));
    var window = dev.releasesentinel.testing.RunOne.result(planned.get(0).check());
    var yearEnd = dev.releasesentinel.testing.RunOne.result(planned.get(1).check());
    assertThat(window.status().name()).isEqualTo("PASS");
    assertThat(yearEnd.status().name()).isEqualTo("FAIL");
    assertThat(yearEnd.message()).contains("frozen until Mon 2027-01-04 00:00 CET");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "timezone: CET| x.yml:2:13: schedule.timezone: unknown time zone 'CET'",
        "timezone: '+01:00'| x.yml:2:13: schedule.timezone: unknown time zone '+01:00'",
        "windows: []| x.yml:2:12: schedule.windows: an empty list allows no deploy at all",
        "windows: [{ days: [mon], from: '9:00', to: '16:00' }]|"
            + " '9:00' is not a time of day: write HH:MM",
        "windows: [{ days: [monday], from: '09:00', to: '16:00' }]| unknown day 'MONDAY'",
        "windows: [{ days: [mon], from: '09:00' }]| x.yml:2:13: schedule.windows[0]: to is required",
        "freezes: [{ name: a, from: 2026-12-20 }]|"
            + " x.yml:2:13: schedule.freezes[0]: to is required with from",
        "freezes: [{ name: a, from: 2026-12-20, to: 2026-12-19 }]|"
            + " schedule.freezes[0].to: must come after from (2026-12-20)",
        "freezes: [{ name: a, from: 2026-12-20, to: 2026-12-21, ical: a.ics }]|"
            + " from, to, ical mix forms",
        "freezes: [{ name: a }]| say when the freeze is: from/to, cron-start/cron-end, or ical",
        "freezes: [{ name: a, cron-start: '0 16 * * 5 2026', cron-end: '0 8 * * 1' }]|"
            + " schedule.freezes[0].cron-start: cron-start '0 16 * * 5 2026' is not a UNIX cron",
        "freezes: [{ name: a, ical: 'webcal://cal.example/x.ics' }]|"
            + " ical URLs must use https (webcal://cal.example/… is not read)",
        "freezes: [{ name: a, ical: ~ }]| schedule.freezes[0].ical: needs a value",
        "freezes: [{ name: a b, ical: a.ics }]| 'a b' may hold only letters",
        "freezes: [{ name: a, ical: a.ics }, { name: a, ical: b.ics }]| the name a is used twice",
        "freezes: [{ name: a, from: 2026-12-20, to: 2026-13-01 }]|"
            + " '2026-13-01' is neither a date"
      })
  void refusesWithALocatedMessage(String section, String message) {
    assertThatThrownBy(() -> load("schedule:\n  " + section + "\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(message.strip());
  }
}
