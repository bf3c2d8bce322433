package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The range patterns the schema states agree with exact decimal arithmetic on generated numbers.
 */
class DecimalPatternTest {

  private static final long SEED = Long.getLong("decimal.seed", System.nanoTime());

  /** A decimal as people write it: leading zeros, a fraction, trailing zeros, or none of those. */
  private static String decimal(Random r) {
    StringBuilder b = new StringBuilder();
    if (r.nextInt(5) == 0) {
      b.append("0".repeat(1 + r.nextInt(2)));
    }
    int digits = 1 + r.nextInt(r.nextBoolean() ? 3 : 20);
    for (int i = 0; i < digits; i++) {
      b.append(r.nextInt(10));
    }
    if (r.nextBoolean()) {
      b.append('.');
      int frac = 1 + r.nextInt(6);
      for (int i = 0; i < frac; i++) {
        b.append(r.nextInt(10));
      }
    }
    return b.toString();
  }

  private static BigDecimal bound(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> new BigDecimal(r.nextInt(5000));
      case 1 -> new BigDecimal("0.00" + (1 + r.nextInt(999)));
      case 2 -> new BigDecimal(r.nextInt(100) + "." + r.nextInt(1000));
      default -> new BigDecimal(decimal(r));
    };
  }

  @Test
  void atMostAndAtLeastMatchExactlyTheNumbersInRange() {
    Random r = new Random(SEED);
    for (int round = 0; round < 400; round++) {
      BigDecimal b = bound(r);
      Pattern most = Pattern.compile("^" + DecimalPattern.atMost(b, false) + "$");
      Pattern below = Pattern.compile("^" + DecimalPattern.atMost(b, true) + "$");
      Pattern least = Pattern.compile("^" + DecimalPattern.atLeast(b) + "$");
      for (int i = 0; i < 100; i++) {
        String n = r.nextInt(4) == 0 ? nearby(b, r) : decimal(r);
        BigDecimal v = new BigDecimal(n);
        String why = "bound " + b + ", number " + n + " (seed " + SEED + ", -Ddecimal.seed)";
        assertThat(most.matcher(n).matches()).as("<= " + why).isEqualTo(v.compareTo(b) <= 0);
        assertThat(below.matcher(n).matches()).as("< " + why).isEqualTo(v.compareTo(b) < 0);
        assertThat(least.matcher(n).matches()).as(">= " + why).isEqualTo(v.compareTo(b) >= 0);
      }
    }
  }

  /** A number at or next to the bound, as written with extra zeros. */
  private static String nearby(BigDecimal b, Random r) {
    BigDecimal step = BigDecimal.ONE.movePointLeft(r.nextInt(6));
    BigDecimal v = b.add(step.multiply(BigDecimal.valueOf(r.nextInt(3) - 1))).max(BigDecimal.ZERO);
    String s = v.toPlainString();
    return r.nextBoolean() && s.contains(".") ? s + "00" : (r.nextBoolean() ? "0" + s : s);
  }

  @Test
  void onlyDecimalsAsTheLoaderWritesThemMatch() {
    Pattern p = Pattern.compile("^" + DecimalPattern.atMost(new BigDecimal("100"), false) + "$");
    assertThat(p.matcher(".5").matches()).isFalse();
    assertThat(p.matcher("5.").matches()).isFalse();
    assertThat(p.matcher("").matches()).isFalse();
    assertThat(p.matcher("100.000").matches()).isTrue();
    assertThat(p.matcher("0100").matches()).isTrue();
    assertThat(p.matcher("100.001").matches()).isFalse();
  }
}
