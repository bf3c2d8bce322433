package dev.releasesentinel.checks.monitoring;

import dev.releasesentinel.engine.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Firing alerts in a message and in details, the same for both families: the longest firing first,
 * each with its name, how long it has fired, its summary and its link; at most {@link #IN_MESSAGE}
 * in the message and {@link #IN_DETAILS} in the details, with the total count.
 */
public final class AlertListing {

  public static final int IN_MESSAGE = 5;
  public static final int IN_DETAILS = 50;

  private static final Comparator<FiringAlert> LONGEST_FIRST =
      Comparator.comparing((FiringAlert a) -> a.since().orElse(Instant.MAX))
          .thenComparing(FiringAlert::name);

  private AlertListing() {}

  /** The alerts, longest firing first. */
  public static List<FiringAlert> sorted(List<FiringAlert> alerts) {
    List<FiringAlert> out = new ArrayList<>(alerts);
    out.sort(LONGEST_FIRST);
    return out;
  }

  /** {@code PaymentsDown (firing for 12m: "Payments API is down", http://...); ...; and 3 more}. */
  public static String message(List<FiringAlert> alerts, Instant now) {
    List<FiringAlert> sorted = sorted(alerts);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(IN_MESSAGE, sorted.size()); i++) {
      if (i > 0) {
        b.append("; ");
      }
      b.append(one(sorted.get(i), now));
    }
    if (sorted.size() > IN_MESSAGE) {
      b.append("; and ")
          .append(sorted.size() - IN_MESSAGE)
          .append(" more (")
          .append(sorted.size())
          .append(" in all)");
    }
    return b.toString();
  }

  private static String one(FiringAlert a, Instant now) {
    List<String> parts = new ArrayList<>();
    a.since().ifPresent(s -> parts.add("firing for " + firingFor(s, now)));
    a.summary().ifPresent(s -> parts.add("\"" + Replies.cut(Replies.fold(s), 120) + "\""));
    a.generatorUrl().ifPresent(parts::add);
    return parts.isEmpty() ? a.name() : a.name() + " (" + String.join(", ", parts) + ")";
  }

  /** How long since {@code since}, at least 0s, in whole seconds. */
  public static String firingFor(Instant since, Instant now) {
    Duration d = Duration.between(since, now);
    if (d.getSeconds() < 1) {
      return "0s";
    }
    return Durations.format(Duration.ofSeconds(d.getSeconds()));
  }

  /** The first {@link #IN_DETAILS} alerts, longest firing first, for a result's details. */
  public static List<Map<String, Object>> details(List<FiringAlert> alerts, Instant now) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (FiringAlert a : sorted(alerts)) {
      if (out.size() == IN_DETAILS) {
        break;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", a.name());
      m.put("labels", a.labels());
      a.summary().ifPresent(s -> m.put("summary", s));
      a.since().ifPresent(s -> m.put("since", s.toString()));
      a.since().ifPresent(s -> m.put("firingFor", firingFor(s, now)));
      a.generatorUrl().ifPresent(u -> m.put("generatorURL", u));
      out.add(m);
    }
    return out;
  }
}
