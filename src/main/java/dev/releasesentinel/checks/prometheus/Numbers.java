package dev.releasesentinel.checks.prometheus;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Sample values in messages: four significant digits, more where needed to differ from a limit. */
final class Numbers {

  private Numbers() {}

  /** Prometheus's spelling of a sample value: {@code NaN}, {@code +Inf}, {@code -Inf}, a number. */
  static double parse(String text) {
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  static String value(double v) {
    return value(v, 4);
  }

  /**
   * {@code v} with as many significant digits as it takes to tell it from {@code limit} (0.010001
   * against max 0.01 shows as 0.010001, not 0.01), at least four.
   */
  static String value(double v, double limit) {
    if (!Double.isFinite(v) || v == limit) {
      return value(v);
    }
    String bound = BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString();
    for (int digits = 4; digits < 17; digits++) {
      String s = value(v, digits);
      if (!s.equals(bound)) {
        return s;
      }
    }
    return value(v, 17);
  }

  private static String value(double v, int digits) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    BigDecimal d =
        new BigDecimal(v)
            .round(new MathContext(digits, RoundingMode.HALF_EVEN))
            .stripTrailingZeros();
    return Math.abs(d.scale()) > 12 ? d.toString() : d.toPlainString();
  }
}
