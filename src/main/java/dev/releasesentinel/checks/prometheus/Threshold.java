package dev.releasesentinel.checks.prometheus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The limits one value is judged against (docs/checks/prometheus.md, "Thresholds"): {@code max} and
 * {@code min} fail the check when passed ({@code value > max}, {@code value < min}); {@code warn}
 * and {@code critical} are ceilings as in the system checks, which trip when reached: WARN at
 * {@code value >= warn}, FAIL at {@code value >= critical}. Any combination but none is allowed.
 * ±Inf compare as numbers (a latency quantile of +Inf passes every max); NaN is never judged here.
 */
public record Threshold(
    OptionalDouble max, OptionalDouble min, OptionalDouble warn, OptionalDouble critical) {

  /** Where a value stands. */
  enum Level {
    OK,
    WARN,
    FAIL
  }

  public Threshold {
    if (max.isEmpty() && min.isEmpty() && warn.isEmpty() && critical.isEmpty()) {
      throw new IllegalArgumentException("give max, min, warn or critical");
    }
    for (OptionalDouble d : List.of(max, min, warn, critical)) {
      if (d.isPresent() && !Double.isFinite(d.getAsDouble())) {
        throw new IllegalArgumentException("thresholds are finite numbers");
      }
    }
    if (max.isPresent() && min.isPresent() && min.getAsDouble() > max.getAsDouble()) {
      throw new IllegalArgumentException("min is above max: no value could pass");
    }
    if (warn.isPresent() && critical.isPresent() && warn.getAsDouble() > critical.getAsDouble()) {
      throw new IllegalArgumentException("warn is above critical: it would never show");
    }
  }

  public static Threshold max(double max) {
    return new Threshold(
        OptionalDouble.of(max),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  public static Threshold min(double min) {
    return new Threshold(
        OptionalDouble.empty(),
        OptionalDouble.of(min),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  public static Threshold levels(double warn, double critical) {
    return new Threshold(
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.of(warn),
        OptionalDouble.of(critical));
  }

  Level level(double v) {
    if (max.isPresent() && v > max.getAsDouble()
        || min.isPresent() && v < min.getAsDouble()
        || critical.isPresent() && v >= critical.getAsDouble()) {
      return Level.FAIL;
    }
    if (warn.isPresent() && v >= warn.getAsDouble()) {
      return Level.WARN;
    }
    return Level.OK;
  }

  /**
   * How bad a value is, to find the worst series: the largest distance past (positive) or short of
   * (negative) any limit, relative to that limit. Within one level, larger is worse.
   */
  double badness(double v) {
    double worst = Double.NEGATIVE_INFINITY;
    for (OptionalDouble ceiling : List.of(max, warn, critical)) {
      if (ceiling.isPresent()) {
        worst = Math.max(worst, (v - ceiling.getAsDouble()) / scale(ceiling.getAsDouble()));
      }
    }
    if (min.isPresent()) {
      worst = Math.max(worst, (min.getAsDouble() - v) / scale(min.getAsDouble()));
    }
    return worst;
  }

  private static double scale(double limit) {
    return limit == 0 ? 1 : Math.abs(limit);
  }

  /**
   * The value against the limit it meets or passes, {@code 0.034 > max 0.01}; for a value within
   * every limit, against the nearest: {@code 0.004 <= max 0.01}.
   */
  String compare(double v) {
    List<String> broken = new ArrayList<>();
    if (max.isPresent() && v > max.getAsDouble()) {
      broken.add(Numbers.value(v, max.getAsDouble()) + " > max " + plain(max));
    }
    if (min.isPresent() && v < min.getAsDouble()) {
      broken.add(Numbers.value(v, min.getAsDouble()) + " < min " + plain(min));
    }
    if (critical.isPresent() && v >= critical.getAsDouble()) {
      broken.add(Numbers.value(v, critical.getAsDouble()) + " >= critical " + plain(critical));
    }
    if (broken.isEmpty() && warn.isPresent() && v >= warn.getAsDouble()) {
      broken.add(Numbers.value(v, warn.getAsDouble()) + " >= warn " + plain(warn));
    }
    if (!broken.isEmpty()) {
      return broken.get(0);
    }
    List<String> within = new ArrayList<>();
    max.ifPresent(m -> within.add(Numbers.value(v, m) + " <= max " + plain(max)));
    min.ifPresent(m -> within.add(Numbers.value(v, m) + " >= min " + plain(min)));
    warn.ifPresent(w -> within.add(Numbers.value(v, w) + " < warn " + plain(warn)));
    if (warn.isEmpty()) {
      critical.ifPresent(c -> within.add(Numbers.value(v, c) + " < critical " + plain(critical)));
    }
    return String.join(", ", within);
  }

  /** The limits as written: {@code max 0.01}, {@code warn 0.5, critical 0.8}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    max.ifPresent(m -> parts.add("max " + plain(max)));
    min.ifPresent(m -> parts.add("min " + plain(min)));
    warn.ifPresent(m -> parts.add("warn " + plain(warn)));
    critical.ifPresent(m -> parts.add("critical " + plain(critical)));
    return String.join(", ", parts);
  }

  static String plain(OptionalDouble d) {
    return BigDecimal.valueOf(d.getAsDouble()).stripTrailingZeros().toPlainString();
  }
}
