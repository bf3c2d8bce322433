package dev.releasesentinel.policy.config;

import dev.releasesentinel.checks.schedule.TimePoint;
import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Problems;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.policy.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The top-level {@code waivers:} list (docs/waivers.md): accepted risks, each with who accepted it
 * and when it expires. It is a list, so its keys are those of one entry.
 */
public final class WaiversSection implements Section<ConfiguredWaivers> {

  static final Key<String> CHECK =
      Key.of(
              "check",
              Types.NON_BLANK,
              "The check id or id prefix the waiver accepts a FAIL or ERROR of, as --only takes"
                  + " it.")
          .required()
          .notNull()
          .example("check: api:payments");

  static final Key<String> REASON =
      Key.of("reason", Types.NON_BLANK, "Why the risk is accepted: the incident, what must ship.")
          .required()
          .notNull()
          .example("reason: \"INC-4711: payments sandbox down, fix must ship\"");

  static final Key<String> EXPIRES =
      Key.of(
              "expires",
              CompositeTypes.refined(
                  Types.STRING,
                  o -> {
                    o.clear();
                    o.put("type", "string")
                        .put(
                            "pattern",
                            "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])([Tt ]([01][0-9]|2[0-3])"
                                + ":[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$");
                    return o;
                  }),
              "The last day the waiver holds (a date), or the instant it ends (RFC 3339 time).")
          .required()
          .notNull()
          .example("expires: 2026-12-31");

  static final Key<String> BY =
      Key.of("by", Types.NON_BLANK, "Who accepted the risk.")
          .required()
          .notNull()
          .example("by: alice");

  static final Key<String> TICKET =
      Key.of("ticket", Types.STRING, "What tracks the risk (optional).")
          .example("ticket: INC-4711");

  static final Key<Boolean> CRITICAL =
      Key.of(
              "critical",
              Types.BOOLEAN,
              "Must be true to waive a critical check: accepting a critical risk is said out loud.")
          .byDefault(false)
          .example("critical: true");

  static final Shape WAIVER =
      Shape.of(
          "One accepted risk: which check, why, who, until when.",
          CHECK,
          REASON,
          EXPIRES,
          BY,
          TICKET,
          CRITICAL);

  @Override
  public String name() {
    return "waivers";
  }

  @Override
  public Shape shape() {
    return WAIVER;
  }

  @Override
  public boolean isList() {
    return true;
  }

  @Override
  public String example() {
    return """
          - check: api:payments
            reason: "INC-4711: payments sandbox down, fix must ship"
            expires: 2026-12-31
            by: alice
            ticket: INC-4711
        """;
  }

  @Override
  public ConfiguredWaivers bind(Fields fields, Binding binding) {
    throw new UnsupportedOperationException("waivers is a list section");
  }

  /** Binds each entry of the list, every problem with its location. */
  @Override
  public ConfiguredWaivers bindList(Node.ListNode list, Problems problems, Binding binding) {
    List<Waiver> waivers = new ArrayList<>();
    List<Location> locations = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      Optional<Fields> wf = Fields.of(item, WAIVER, "waivers[" + i + "]", problems);
      if (wf.isEmpty()) {
        continue;
      }
      Fields w = wf.get();
      Optional<String> check = w.read(CHECK);
      Optional<String> reason = w.read(REASON);
      Optional<String> expires = w.read(EXPIRES);
      Optional<String> by = w.read(BY);
      Optional<String> ticket = w.read(TICKET);
      boolean critical = w.read(CRITICAL, false);
      w.finish();
      List<String> missing = new ArrayList<>();
      if (check.isEmpty() && w.get("check").isEmpty()) {
        missing.add("check");
      }
      if (reason.isEmpty() && w.get("reason").isEmpty()) {
        missing.add("reason");
      }
      if (expires.isEmpty() && w.get("expires").isEmpty()) {
        missing.add("expires");
      }
      if (by.isEmpty() && w.get("by").isEmpty()) {
        missing.add("by");
      }
      if (!missing.isEmpty()) {
        problems.add(
            item.location(),
            w.path()
                + ": "
                + String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are")
                + " required: a waiver says which check, why, until when and who accepted it");
        continue;
      }
      boolean blank = false;
      for (var e : java.util.Map.of("check", check, "reason", reason, "by", by).entrySet()) {
        if (e.getValue().isPresent() && e.getValue().get().isBlank()) {
          w.problem(w.get(e.getKey()).get(), e.getKey(), "must not be blank");
          blank = true;
        }
      }
      if (blank || check.isEmpty() || reason.isEmpty() || expires.isEmpty() || by.isEmpty()) {
        continue;
      }
      TimePoint until;
      try {
        until = TimePoint.parse(expires.get());
      } catch (IllegalArgumentException e) {
        w.problem(w.get("expires").get(), "expires", e.getMessage());
        continue;
      }
      waivers.add(
          Waiver.inConfig(
              check.get().strip(),
              reason.get(),
              until,
              by.get(),
              ticket.filter(t -> !t.isBlank()).orElse(null),
              critical));
      locations.add(item.location());
    }
    return new ConfiguredWaivers(waivers, locations);
  }
}
