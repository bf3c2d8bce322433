package dev.releasesentinel.checks.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One deploy window: {@code {days: [mon, tue], from: "09:00", to: "16:00"}}
 * (docs/checks/schedule.md, "Windows"). {@code days} are the days the window <em>opens</em> on.
 * When {@code to} is not after {@code from} the window ends on the next day: {@code 22:00}–{@code
 * 06:00} runs across midnight and {@code 00:00}–{@code 00:00} is the whole day.
 */
public record WindowRule(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

  private static final List<String> DAY_NAMES =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  public WindowRule {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("a window needs at least one day (mon ... sun)");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
  }

  /**
   * A window from the config's words: day names {@code mon}..{@code sun} (any case) and {@code
   * HH:MM} times; {@code to} may be {@code 24:00} (the end of the day). A bad value throws with a
   * message that names it and says what is accepted.
   */
  public static WindowRule of(List<String> days, String from, String to) {
    List<DayOfWeek> parsed = new ArrayList<>();
    for (String d : days == null ? List.<String>of() : days) {
      int i = DAY_NAMES.indexOf(d == null ? "" : d.trim().toLowerCase(Locale.ROOT));
      if (i < 0) {
        throw new IllegalArgumentException(
            "unknown day '" + d + "': use " + String.join(", ", DAY_NAMES));
      }
      parsed.add(DayOfWeek.of(i + 1));
    }
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException("a window needs at least one day (mon ... sun)");
    }
    return new WindowRule(EnumSet.copyOf(parsed), clock(from, false), clock(to, true));
  }

  private static LocalTime clock(String text, boolean end) {
    String t = text == null ? "" : text.trim();
    if (end && t.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    if (!t.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a time of day: write HH:MM, 00:00 to 23:59"
              + (end ? " or 24:00" : ""));
    }
    return LocalTime.parse(t);
  }

  /** Whether the window ends on the day after it opens. */
  public boolean crossesMidnight() {
    return !to.isAfter(from);
  }

  /**
   * When the window opening on {@code day} opens. A local time that does not exist that day (in a
   * spring-forward gap) is moved later by the length of the gap, and one that happens twice (in an
   * autumn overlap) is the earlier of the two: {@link ZonedDateTime#of}'s rules.
   */
  ZonedDateTime opening(LocalDate day, ZoneId zone) {
    return ZonedDateTime.of(day, from, zone);
  }

  /** When the window opening on {@code day} closes, by the same rules as {@link #opening}. */
  ZonedDateTime closing(LocalDate day, ZoneId zone) {
    return ZonedDateTime.of(crossesMidnight() ? day.plusDays(1) : day, to, zone);
  }

  /** {@code mon-thu 09:00-16:00}: how messages name the window. */
  public String label() {
    StringBuilder b = new StringBuilder();
    List<DayOfWeek> sorted = new ArrayList<>(days);
    sorted.sort(null);
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size()
          && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
        j++;
      }
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(name(sorted.get(i)));
      if (j > i) {
        b.append(j == i + 1 ? "," : "-").append(name(sorted.get(j)));
      }
      i = j + 1;
    }
    String end = to.equals(LocalTime.MIDNIGHT) ? "24:00" : to.toString();
    return b + " " + from + "-" + end;
  }

  private static String name(DayOfWeek d) {
    return DAY_NAMES.get(d.getValue() - 1);
  }
}
