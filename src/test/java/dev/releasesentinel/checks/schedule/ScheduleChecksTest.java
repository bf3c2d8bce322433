package dev.releasesentinel.checks.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.StubCheckContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks as the engine runs them: ids, statuses, messages and details at a fixed instant. */
class ScheduleChecksTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ScheduleRules RULES =
      new ScheduleRules(
          BERLIN,
          List.of(WindowRule.of(List.of("mon", "tue", "wed", "thu"), "09:00", "16:00")),
          List.of(
              new DateRangeFreeze(
                  "year-end", TimePoint.parse("2026-12-20"), TimePoint.parse("2027-01-04")),
              new CronFreeze("weekend", "0 16 * * 5", "0 8 * * 1"),
              CalendarFreeze.of("holidays", "holidays-google.ics")),
          Severity.BLOCK);

  static List<CheckResult> runAt(String instant) throws Exception {
    Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    List<CheckResult> out = new java.util.ArrayList<>();
    for (Check c : RULES.checks(clock, Calendars.files())) {
      out.add(c.run(new StubCheckContext()));
    }
    return out;
  }

  @Test
  void idsAreScheduleWindowAndOneFreezeEach() {
    assertThat(RULES.checks(Clock.systemUTC(), Calendars.files()))
        .extracting(c -> c.id().value())
        .containsExactly(
            "schedule.window",
            "schedule.freeze:year-end",
            "schedule.freeze:weekend",
            "schedule.freeze:holidays");
  }

  @Test
  void duringTheYearEndFreezeEachCheckSaysWhenItEnds() throws Exception {
    // Fri 2027-01-01 17:00 CET
    List<CheckResult> r = runAt("2027-01-01T16:00:00Z");

    assertThat(r)
        .extracting(CheckResult::status)
        .containsExactly(Status.FAIL, Status.FAIL, Status.FAIL, Status.FAIL);
    assertThat(r)
        .extracting(CheckResult::message)
        .containsExactly(
            "outside the deploy windows (mon-thu 09:00-16:00 Europe/Berlin); next window opens"
                + " Mon 09:00 CET",
            "frozen until Mon 2027-01-04 00:00 CET (year-end)",
            "frozen until Mon 2027-01-04 08:00 CET (weekend)",
            "frozen until Mon 2027-01-04 00:00 CET (holidays: Between the years)");
    assertThat(r.get(0).details())
        .containsEntry("at", "2027-01-01T17:00:00+01:00")
        .containsEntry("zone", "Europe/Berlin")
        .containsEntry("clearsAt", "2027-01-04T09:00:00+01:00");
    assertThat(r.get(1).details())
        .isEqualTo(
            Map.of(
                "at", "2027-01-01T17:00:00+01:00",
                "zone", "Europe/Berlin",
                "freeze", "from 2026-12-20 to 2027-01-04",
                "frozenSince", "2026-12-20T00:00:00+01:00",
                "clearsAt", "2027-01-04T00:00:00+01:00"));
    assertThat(r.get(3).details())
        .containsEntry("event", "Between the years")
        .containsEntry("freeze", "calendar holidays-google.ics");
  }

  @Test
  void onATuesdayMorningInJuneEverythingPassesAndSaysWhatComesNext() throws Exception {
    List<CheckResult> r = runAt("2026-06-02T08:00:00Z"); // Tue 10:00 CEST

    assertThat(r).extracting(CheckResult::status).containsOnly(Status.PASS);
    assertThat(r)
        .extracting(CheckResult::message)
        .containsExactly(
            "inside the deploy window mon-thu 09:00-16:00 (Europe/Berlin); it closes Tue 16:00"
                + " CEST",
            "not frozen: next year-end freeze from Sun 2026-12-20 00:00 CET until Mon 2027-01-04"
                + " 00:00 CET",
            "not frozen: next weekend freeze from Fri 2026-06-05 16:00 CEST until Mon 2026-06-08"
                + " 08:00 CEST",
            "not frozen: no event of holidays in the next 40 days");
    assertThat(r.get(0).details()).containsEntry("closesAt", "2026-06-02T16:00:00+02:00");
    assertThat(r.get(0).details()).doesNotContainKey("clearsAt");
  }

  @Test
  void afterAOneOffFreezeItSaysWhenItEnded() throws Exception {
    assertThat(runAt("2027-02-02T10:00:00Z").get(1).message())
        .isEqualTo("not frozen: year-end ended Mon 2027-01-04 00:00 CET");
  }

  @Test
  void anUnreadableCalendarIsAnErrorWithTheSeverityOfTheSchedule() throws Exception {
    FreezeCheck check =
        new FreezeCheck(
            CalendarFreeze.of("holidays", "missing.ics"),
            BERLIN,
            Severity.CRITICAL,
            Clock.systemUTC(),
            Calendars.files());
    CheckResult r = check.run(new StubCheckContext());

    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.message()).startsWith("calendar missing.ics does not exist");
  }

  @Test
  void theInstantComesOnlyFromTheClockGiven() throws Exception {
    // the same checks at two fixed instants give two answers: nothing reads the real time
    assertThat(runAt("2026-06-05T14:00:00Z").get(2).status()).isEqualTo(Status.FAIL);
    assertThat(runAt("2026-06-05T13:59:00Z").get(2).status()).isEqualTo(Status.PASS);
  }

  @Test
  void utcIsTheDefaultZoneAndItsAbbreviationIsUtc() throws Exception {
    ScheduleRules utc =
        new ScheduleRules(
            null,
            List.of(WindowRule.of(List.of("mon"), "09:00", "10:00")),
            List.of(),
            Severity.BLOCK);
    CheckResult r =
        utc.checks(
                Clock.fixed(Instant.parse("2026-06-02T08:00:00Z"), ZoneOffset.UTC),
                Calendars.files())
            .get(0)
            .run(new StubCheckContext());
    assertThat(r.message()).endsWith("next window opens Mon 09:00 UTC");
    assertThat(r.details()).containsEntry("clearsAt", "2026-06-08T09:00:00Z");
  }

  @Test
  void freezeNamesAreUniqueAndFitInACheckId() {
    assertThatThrownBy(
            () ->
                new ScheduleRules(
                    BERLIN,
                    List.of(),
                    List.of(
                        new CronFreeze("w", "0 16 * * 5", "0 8 * * 1"),
                        new CronFreeze("w", "0 16 * * 5", "0 8 * * 1")),
                    Severity.BLOCK))
        .hasMessage("two freezes are named 'w'");
    assertThatThrownBy(
            () ->
                new ScheduleRules(
                    BERLIN,
                    List.of(),
                    List.of(new CronFreeze("a b", "0 16 * * 5", "0 8 * * 1")),
                    Severity.BLOCK))
        .hasMessageContaining("freeze name 'a b' must be");
  }
}
