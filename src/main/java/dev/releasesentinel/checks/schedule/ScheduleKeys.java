package dev.releasesentinel.checks.schedule;

import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.SchemaNode;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.config.ValueType;
import dev.releasesentinel.engine.Severity;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The keys of the {@code schedule} section (docs/config.md, "schedule"), declared once. */
final class ScheduleKeys {

  private ScheduleKeys() {}

  /**
   * The IANA region ids the JVM knows ({@code Europe/Berlin}), and {@code UTC}: not the
   * abbreviations and fixed offsets that {@code ZoneId.of} also takes ({@code CET}, {@code
   * EST5EDT}, {@code +01:00}), which do not follow a region's clock changes the way a team's office
   * does.
   */
  static final List<String> ZONES =
      List.copyOf(
          new TreeSet<>(
              ZoneId.getAvailableZoneIds().stream()
                  .filter(z -> z.equals("UTC") || z.contains("/") && !z.startsWith("SystemV/"))
                  .toList()));

  static final Key<String> TIMEZONE =
      Key.of(
              "timezone",
              Types.oneOf(
                  ZONES,
                  "time zone",
                  " (an IANA zone such as Europe/Berlin or America/New_York; not an abbreviation"
                      + " such as CET or an offset such as +01:00, which ignore daylight saving)"),
              "The IANA time zone windows, freezes and dates are read in.")
          .byDefault("UTC")
          .example("timezone: Europe/Berlin");

  static final Key<Severity> SEVERITY =
      Key.of(
              "severity",
              Types.SEVERITY,
              "The severity of schedule.window and of the freezes that set none of their own.")
          .byDefault("block")
          .example("severity: critical");

  /** A string matching {@code pattern} (Java and ECMA-262 alike); the binder says what is wrong. */
  static ValueType<String> text(String pattern) {
    return CompositeTypes.refined(
        Types.STRING,
        o -> {
          o.clear();
          o.put("type", "string").put("pattern", pattern);
          return o;
        });
  }

  static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  static final Key<List<String>> DAYS_KEY =
      Key.of(
              "days",
              CompositeTypes.refined(
                  CompositeTypes.list(
                      CompositeTypes.refined(
                          Types.oneOfAnyCase(
                              DAYS.stream().map(d -> d.toUpperCase(Locale.ROOT)).toList(), "day"),
                          o -> {
                            SchemaNode exact = new SchemaNode();
                            DAYS.forEach(d -> exact.array("enum").add(d));
                            SchemaNode pattern = (SchemaNode) o.array("anyOf").values().get(1);
                            o.clear();
                            o.array("anyOf").add(exact).add(pattern);
                            return o;
                          })),
                  o -> o.put("minItems", 1)),
              "The days the window opens on: mon, tue, wed, thu, fri, sat, sun.")
          .required()
          .notNull()
          .example("days: [mon, tue, wed, thu]");

  static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]";

  static final Key<String> WINDOW_FROM =
      Key.of("from", text("^" + HH_MM + "$"), "When the window opens, HH:MM local time.")
          .required()
          .notNull()
          .example("from: \"09:00\"");

  static final Key<String> WINDOW_TO =
      Key.of(
              "to",
              text("^(" + HH_MM + "|24:00)$"),
              "When it closes, HH:MM (24:00: midnight); not after from: on the next day.")
          .required()
          .notNull()
          .example("to: \"16:00\"");

  static final Shape WINDOW =
      Shape.of(
          "One deploy window: the days it opens on and its local times.",
          DAYS_KEY,
          WINDOW_FROM,
          WINDOW_TO);

  static final Key<List<Fields>> WINDOWS =
      Key.of(
              "windows",
              CompositeTypes.refined(
                  CompositeTypes.list(CompositeTypes.map(WINDOW)), o -> o.put("minItems", 1)),
              "schedule.window: deploys are allowed only inside one of these windows.")
          .example("windows:\n  - { days: [mon, tue, wed, thu], from: \"09:00\", to: \"16:00\" }");

  static final Key<String> NAME =
      Key.of(
              "name",
              CompositeTypes.CHECK_NAME,
              "The freeze's name: letters, digits, '.', '_' and '-'; the check id is"
                  + " schedule.freeze:NAME.")
          .required()
          .notNull()
          .example("name: year-end");

  static final String TIME_POINT =
      "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
          + "([Tt ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$";

  static final Key<String> FROM =
      Key.of(
              "from",
              text(TIME_POINT),
              "The freeze starts: a date (00:00 in the zone) or an RFC 3339 time with an offset.")
          .notNull()
          .example("from: 2026-12-20");

  static final Key<String> TO =
      Key.of(
              "to",
              text(TIME_POINT),
              "The freeze ends (excluded): a date (00:00 in the zone) or an RFC 3339 time.")
          .notNull()
          .example("to: 2027-01-04");

  static final Key<String> CRON_START =
      Key.of(
              "cron-start",
              text("\\S"),
              "A UNIX cron expression (minute hour day month weekday): the freeze starts when it"
                  + " fires.")
          .notNull()
          .example("cron-start: \"0 16 * * 5\"");

  static final Key<String> CRON_END =
      Key.of("cron-end", text("\\S"), "A UNIX cron expression: the freeze ends when it fires.")
          .notNull()
          .example("cron-end: \"0 8 * * 1\"");

  /** A path without a scheme, or an https URL. */
  static final String ICAL =
      "^\\s*([Hh][Tt][Tt][Pp][Ss]://[^\\s/?#@]+([/?#]\\S*)?|(?![\\s\\S]*://)\\S[\\s\\S]*?)\\s*$";

  static final Key<String> ICAL_KEY =
      Key.of(
              "ical",
              CompositeTypes.refined(
                  Types.STRING,
                  o -> {
                    // A number is its text, a file name.
                    o.clear();
                    o.array("anyOf")
                        .add(new SchemaNode().put("type", "string").put("pattern", ICAL))
                        .add(new SchemaNode().put("type", "number"));
                    return o;
                  }),
              "An iCalendar file (relative to the repository) or an https URL: its events block"
                  + " deploys. A URL is treated as a secret.")
          .notNull()
          .example("ical: ops/holidays.ics");

  static final Key<Severity> FREEZE_SEVERITY =
      Key.of("severity", Types.SEVERITY, "The severity of this freeze.")
          .example("severity: critical");

  /** The three forms of a freeze; an entry is exactly one of them. */
  static final List<List<String>> FORMS =
      List.of(List.of("from", "to"), List.of("cron-start", "cron-end"), List.of("ical"));

  static final Shape FREEZE =
      Shape.of(
          "One freeze: from/to dates, cron-start/cron-end, or an ical calendar (exactly one"
              + " form).",
          NAME,
          FROM,
          TO,
          CRON_START,
          CRON_END,
          ICAL_KEY,
          FREEZE_SEVERITY);

  static final Key<List<Fields>> FREEZES =
      Key.of(
              "freezes",
              CompositeTypes.list(
                  CompositeTypes.refined(CompositeTypes.map(FREEZE), ScheduleKeys::oneForm)),
              "schedule.freeze:NAME per entry: deploys are blocked while the freeze is in effect.")
          .example(
              "freezes:\n"
                  + "  - { name: year-end, from: 2026-12-20, to: 2027-01-04 }\n"
                  + "  - { name: weekend, cron-start: \"0 16 * * 5\", cron-end: \"0 8 * * 1\" }\n"
                  + "  - { name: holidays, ical: ops/holidays.ics }");

  /** Exactly one form: every key of one, no key of another. */
  private static SchemaNode oneForm(SchemaNode o) {
    for (List<String> form : FORMS) {
      SchemaNode alt = new SchemaNode();
      form.forEach(k -> alt.array("required").add(k));
      SchemaNode others = new SchemaNode();
      for (List<String> other : FORMS) {
        if (other != form) {
          other.forEach(
              k -> others.array("anyOf").add(new SchemaNode().put("required", List.of(k))));
        }
      }
      alt.put("not", others);
      o.array("oneOf").add(alt);
    }
    return o;
  }

  static final Shape SHAPE =
      Shape.of(
          "The schedule family: deploy windows and freezes (docs/checks/schedule.md).",
          TIMEZONE,
          SEVERITY,
          WINDOWS,
          FREEZES);
}
