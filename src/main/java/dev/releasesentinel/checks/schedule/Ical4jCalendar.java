package dev.releasesentinel.checks.schedule;

import java.io.IOException;
import java.io.StringReader;
import java.lang.ref.Reference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Range;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RecurrenceId;

/**
 * The one class that uses ical4j: parses an iCalendar text (RFC 5545) and expands its VEVENTs into
 * occurrences over a span of time, as instants.
 *
 * <ul>
 *   <li>RRULE, RDATE and EXDATE are expanded by ical4j's {@code Component#calculateRecurrenceSet};
 *       EXDATEs are also removed by instant, since exporters do not always write them in DTSTART's
 *       own time zone.
 *   <li>A VEVENT with RECURRENCE-ID replaces the occurrence of its UID that starts then (RFC 5545
 *       3.8.4.4); {@code RANGE=THISANDFUTURE} is refused (an error, never a guess).
 *   <li>{@code STATUS:CANCELLED} events and instances block nothing.
 *   <li>All-day dates and floating times are read in the schedule's zone: a holiday on 2026-12-25
 *       blocks 00:00 to 00:00 there, whatever the gate's machine thinks its zone is.
 * </ul>
 */
final class Ical4jCalendar {

  /** ical4j compares dates and floating times in the JVM's zone; every query is widened by this. */
  private static final Duration MARGIN = Duration.ofDays(2);

  private final String shown;
  private final ZoneId zone;

  Ical4jCalendar(String shown, ZoneId zone) {
    this.shown = shown;
    this.zone = zone;
  }

  /** The occurrences that overlap [from, to). */
  List<Occurrence> occurrences(String text, Instant from, Instant to) throws CalendarUnavailable {
    Calendar calendar = parse(text);
    try {
      Map<String, List<Occurrence>> byUid = new LinkedHashMap<>();
      List<VEvent> overrides = new ArrayList<>();
      for (VEvent e : calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT)) {
        if (e.getProperty(Property.RECURRENCE_ID).isPresent()) {
          overrides.add(e);
        } else if (!cancelled(e)) {
          byUid.computeIfAbsent(uid(e), k -> new ArrayList<>()).addAll(expand(e, from, to));
        }
      }
      for (VEvent o : overrides) {
        RecurrenceId<Temporal> rid = o.getRequiredProperty(Property.RECURRENCE_ID);
        if (rid.getParameter(Parameter.RANGE).map(Range.THISANDFUTURE::equals).orElse(false)) {
          throw new CalendarUnavailable(
              "calendar "
                  + shown
                  + ": event "
                  + describe(o)
                  + " changes this and future"
                  + " occurrences (RECURRENCE-ID;RANGE=THISANDFUTURE), which is not supported:"
                  + " edit the series itself, or split it into two");
        }
        Instant replaced = instant(rid.getDate());
        List<Occurrence> series = byUid.computeIfAbsent(uid(o), k -> new ArrayList<>());
        series.removeIf(x -> x.start().equals(replaced));
        if (!cancelled(o)) {
          series.addAll(expand(o, from, to));
        }
      }
      List<Occurrence> out = new ArrayList<>();
      byUid.values().forEach(out::addAll);
      out.removeIf(x -> !x.end().isAfter(from) || !x.start().isBefore(to));
      return out;
    } catch (RuntimeException e) {
      throw new CalendarUnavailable(
          "calendar " + shown + ": cannot expand its events: " + ParsedMessage.of(e));
    } finally {
      Reference.reachabilityFence(calendar);
    }
  }

  private Calendar parse(String text) throws CalendarUnavailable {
    try {
      return new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      String line = e.getLineNo() > 0 ? ":" + e.getLineNo() : "";
      throw new CalendarUnavailable(
          "calendar "
              + shown
              + line
              + " is not valid iCalendar (RFC 5545): "
              + ParsedMessage.of(e).replaceFirst("^Error at line \\d+: ?", ""));
    } catch (IOException | RuntimeException e) {
      throw new CalendarUnavailable(
          "calendar " + shown + " is not valid iCalendar (RFC 5545): " + ParsedMessage.of(e));
    }
  }

  private List<Occurrence> expand(VEvent e, Instant from, Instant to) throws CalendarUnavailable {
    Optional<DateProperty<Temporal>> start = e.getProperty(Property.DTSTART);
    if (start.isEmpty()) {
      throw new CalendarUnavailable(
          "calendar " + shown + ": event " + describe(e) + " has no DTSTART");
    }
    Duration lookBack = length(e, start.get().getDate()).plus(MARGIN);
    Period<ZonedDateTime> span =
        new Period<>(
            from.minus(lookBack).atZone(ZoneOffset.UTC), to.plus(MARGIN).atZone(ZoneOffset.UTC));
    Set<Period<Temporal>> periods = e.calculateRecurrenceSet(span);
    Set<Instant> excluded = new HashSet<>();
    for (Property p : e.getProperties(Property.EXDATE)) {
      for (Object d : ((DateListProperty<?>) p).getDates()) {
        excluded.add(instant((Temporal) d));
      }
    }
    String summary = e.getProperty(Property.SUMMARY).map(Property::getValue).orElse("").strip();
    List<Occurrence> out = new ArrayList<>();
    for (Period<Temporal> p : periods) {
      Instant s = instant(p.getStart());
      if (!excluded.contains(s)) {
        out.add(new Occurrence(s, instant(p.getEnd()), summary));
      }
    }
    return out;
  }

  /** How long one occurrence lasts, to look back far enough for one still in progress. */
  private Duration length(VEvent e, Temporal start) {
    Optional<DateProperty<Temporal>> end = e.getProperty(Property.DTEND);
    if (end.isPresent()) {
      Duration d = Duration.between(instant(start), instant(end.get().getDate()));
      return d.isNegative() ? Duration.ZERO : d;
    }
    Optional<net.fortuna.ical4j.model.property.Duration> dur = e.getProperty(Property.DURATION);
    if (dur.isPresent()) {
      TemporalAmount a = dur.get().getDuration();
      if (a instanceof java.time.Period p) {
        return Duration.ofDays(p.toTotalMonths() * 31 + p.getDays());
      }
      return Duration.from(a).abs();
    }
    return Duration.ofDays(1);
  }

  private Instant instant(Temporal t) {
    if (t instanceof Instant i) {
      return i;
    }
    if (t instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (t instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (t instanceof LocalDateTime l) {
      return l.atZone(zone).toInstant();
    }
    if (t instanceof LocalDate d) {
      return d.atStartOfDay(zone).toInstant();
    }
    throw new IllegalStateException("unexpected date value " + t);
  }

  private static boolean cancelled(VEvent e) {
    return e.getProperty(Property.STATUS)
        .map(s -> "CANCELLED".equalsIgnoreCase(((Property) s).getValue()))
        .orElse(false);
  }

  private static String uid(VEvent e) {
    return e.getProperty(Property.UID).map(Property::getValue).orElse("");
  }

  private static String describe(VEvent e) {
    String summary = e.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
    return summary.isBlank() ? "UID " + uid(e) : "'" + summary.strip() + "'";
  }
}
