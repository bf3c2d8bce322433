package dev.releasesentinel.checks.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Where a measurement stands against its warn and critical levels. A level is a ceiling that trips
 * when the value reaches it: {@code warn: 80%} warns at 80% (as df users read it: "80% full"), and
 * {@code load: { warn: 2.0 }} warns at 2.0 per core. Floors ({@code min-free}) trip only below.
 */
enum Level {
  OK,
  WARN,
  CRITICAL;

  /** The highest level {@code value} has reached. */
  static Level of(double value, OptionalDouble warn, OptionalDouble critical) {
    if (critical.isPresent() && value >= critical.getAsDouble()) {
      return CRITICAL;
    }
    if (warn.isPresent() && value >= warn.getAsDouble()) {
      return WARN;
    }
    return OK;
  }

  /** A threshold as written in config: 80 -> "80", 80.5 -> "80.5", 2.0 -> "2". */
  static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /**
   * A measurement shown with {@code decimals} digits, rounded down, so a value below a threshold
   * never prints as if it had reached it (89.96% shows as 89.9%, not 90.0%).
   */
  static String down(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.DOWN).toPlainString();
  }
}
