package dev.releasesentinel.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pattern of a size the loader takes ({@link Units#size}): a number, optional blanks, a unit in
 * any case, at most 1 EiB. The loader counts whole bytes, so the bound per unit is "below (1 EiB +
 * 1 byte) / unit".
 */
final class SizePattern {

  private SizePattern() {}

  static String pattern() {
    Map<String, Long> units = new LinkedHashMap<>();
    units.put("[kK][iI][bB]", 1L << 10);
    units.put("[mM][iI][bB]", 1L << 20);
    units.put("[gG][iI][bB]", 1L << 30);
    units.put("[tT][iI][bB]", 1L << 40);
    units.put("[pP][iI][bB]", 1L << 50);
    units.put("[kK][bB]?", 1_000L);
    units.put("[mM][bB]?", 1_000_000L);
    units.put("[gG][bB]?", 1_000_000_000L);
    units.put("[tT][bB]?", 1_000_000_000_000L);
    units.put("[pP][bB]?", 1_000_000_000_000_000L);
    units.put("[bB]", 1L);
    BigDecimal limit = BigDecimal.valueOf(Units.MAX_SIZE).add(BigDecimal.ONE);
    List<String> alts = new ArrayList<>();
    for (Map.Entry<String, Long> u : units.entrySet()) {
      BigDecimal bound = limit.divide(BigDecimal.valueOf(u.getValue()));
      alts.add(DecimalPattern.atMost(bound, true) + "\\s*" + u.getKey());
    }
    return "^\\s*(?:" + String.join("|", alts) + ")\\s*$";
  }
}
