package dev.releasesentinel.policy.config;

import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.policy.WaiverRules;

/** The top-level {@code policy:} map (docs/waivers.md, "Validation"). */
public final class PolicySection implements Section<PolicySection.Settings> {

  /** What {@code policy:} sets. */
  public record Settings(int maxWaiverDays) {
    public static final Settings DEFAULTS = new Settings(WaiverRules.DEFAULT_MAX_WAIVER_DAYS);
  }

  static final Key<Integer> MAX_WAIVER_DAYS =
      Key.of(
              "max-waiver-days",
              Types.integer(1, 365),
              "How far ahead a waiver may expire: validate refuses one that lasts longer.")
          .byDefault(WaiverRules.DEFAULT_MAX_WAIVER_DAYS)
          .example("max-waiver-days: 14");

  static final Shape SHAPE =
      Shape.of("Rules over the config's own waivers (docs/waivers.md).", MAX_WAIVER_DAYS);

  @Override
  public String name() {
    return "policy";
  }

  @Override
  public Shape shape() {
    return SHAPE;
  }

  @Override
  public String example() {
    return "max-waiver-days: 14\n";
  }

  @Override
  public Settings bind(Fields f, Binding binding) {
    int days = f.read(MAX_WAIVER_DAYS, WaiverRules.DEFAULT_MAX_WAIVER_DAYS);
    f.finish();
    return new Settings(days);
  }
}
