package dev.releasesentinel.checks.alertmanager;

import dev.releasesentinel.checks.monitoring.AlertListing;
import dev.releasesentinel.checks.monitoring.FiringAlert;
import dev.releasesentinel.checks.monitoring.Outcome;
import dev.releasesentinel.engine.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges {@code alertmanager.alerts:NAME}, a pure function of the alerts Alertmanager returned for
 * the filter: an active or unprocessed alert fails the check; a silenced or inhibited one fails it
 * only with include-silenced, and is counted in the message either way.
 */
final class AlertsJudge {

  private AlertsJudge() {}

  static Outcome judge(AlertmanagerConfig.Alerts config, List<AmAlert> alerts, Instant now) {
    List<FiringAlert> counted = new ArrayList<>();
    int silenced = 0;
    int inhibited = 0;
    for (AmAlert a : alerts) {
      boolean suppressed = a.silenced() || a.inhibited() || a.state().equals("suppressed");
      if (a.silenced()) {
        silenced++;
      } else if (a.inhibited() || a.state().equals("suppressed")) {
        inhibited++;
      }
      if (!suppressed || config.includeSilenced()) {
        counted.add(shown(a));
      }
    }
    String filter = filter(config);
    String quiet = quiet(silenced, inhibited, config.includeSilenced());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("filter", config.filter().stream().map(Matcher::text).toList());
    details.put("includeSilenced", config.includeSilenced());
    details.put("firing", counted.size());
    details.put("silenced", silenced);
    details.put("inhibited", inhibited);
    if (counted.isEmpty()) {
      return new Outcome(Status.PASS, "no firing alert matches " + filter + quiet, details);
    }
    details.put("alerts", AlertListing.details(counted, now));
    String message =
        (counted.size() == 1 ? "1 firing alert matches " : counted.size() + " firing alerts match ")
            + filter
            + ": "
            + AlertListing.message(counted, now)
            + quiet;
    return new Outcome(Status.FAIL, message, details);
  }

  private static String quiet(int silenced, int inhibited, boolean included) {
    if (silenced + inhibited == 0) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (silenced > 0) {
      parts.add(silenced + " silenced");
    }
    if (inhibited > 0) {
      parts.add(inhibited + " inhibited");
    }
    return " ("
        + String.join(", ", parts)
        + (included
            ? ": counted, as include-silenced is true)"
            : ": not counted; include-silenced: true counts them)");
  }

  static String filter(AlertmanagerConfig.Alerts config) {
    return config.filter().isEmpty()
        ? "any label"
        : "["
            + String.join(", ", config.filter().stream().map(m -> m.text().strip()).toList())
            + "]";
  }

  private static FiringAlert shown(AmAlert a) {
    String name = a.labels().getOrDefault("alertname", "(no alertname)");
    if (a.silenced()) {
      name += " [silenced]";
    } else if (a.inhibited()) {
      name += " [inhibited]";
    }
    return new FiringAlert(
        name,
        a.labels(),
        Optional.ofNullable(a.annotations().get("summary")),
        a.startsAt(),
        a.generatorUrl());
  }
}
