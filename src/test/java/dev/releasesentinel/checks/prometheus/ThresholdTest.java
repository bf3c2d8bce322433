package dev.releasesentinel.checks.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

  private static OptionalDouble opt(String s) {
    return s == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(s));
  }

  @ParameterizedTest(name = "{4} against max={0} min={1} warn={2} critical={3}: {5}, {6}")
  @CsvSource(
      nullValues = "-",
      value = {
        "0.01, -, -, -, 0.034, FAIL, 0.034 > max 0.01",
        "0.01, -, -, -, 0.01, OK, 0.01 <= max 0.01",
        "0.01, -, -, -, 0.010001, FAIL, 0.010001 > max 0.01",
        "0.01, -, -, -, 0.0099999, OK, 0.0099999 <= max 0.01",
        "-, 0.5, -, -, 0.2, FAIL, 0.2 < min 0.5",
        "-, 0.5, -, -, 0.5, OK, 0.5 >= min 0.5",
        "-, -, 0.5, 0.8, 0.5, WARN, 0.5 >= warn 0.5",
        "-, -, 0.5, 0.8, 0.8, FAIL, 0.8 >= critical 0.8",
        "-, -, 0.5, 0.8, 0.49, OK, 0.49 < warn 0.5",
        "-, -, -, 0.8, 0.1, OK, 0.1 < critical 0.8",
        "1, 0, -, -, 2, FAIL, 2 > max 1",
        "1, 0, -, -, -1, FAIL, -1 < min 0",
        "1, 0, -, -, 0.5, OK, '0.5 <= max 1, 0.5 >= min 0'",
        "2, -, -, -, Infinity, FAIL, +Inf > max 2",
        "-, 0, -, -, -Infinity, FAIL, -Inf < min 0",
        "0.01, -, 0.005, -, 0.007, WARN, 0.007 >= warn 0.005",
        "0.01, -, 0.005, -, 0.02, FAIL, 0.02 > max 0.01"
      })
  void judgesAValue(
      String max,
      String min,
      String warn,
      String critical,
      double value,
      Threshold.Level level,
      String text) {
    Threshold t = new Threshold(opt(max), opt(min), opt(warn), opt(critical));

    assertThat(t.level(value)).isEqualTo(level);
    assertThat(t.compare(value)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "-, -, -, -, give max, min, warn or critical",
        "1, 2, -, -, min is above max",
        "-, -, 2, 1, warn is above critical",
        "NaN, -, -, -, thresholds are finite numbers"
      })
  void refusesLimitsNoRunCouldUse(
      String max, String min, String warn, String critical, String why) {
    assertThatThrownBy(() -> new Threshold(opt(max), opt(min), opt(warn), opt(critical)))
        .hasMessageStartingWith(why);
  }

  @ParameterizedTest
  @CsvSource({"0.02, 0.05", "0.011, 0.02", "0.009, 0.011"})
  void aValueFurtherPastTheLimitIsWorse(double better, double worse) {
    Threshold t = Threshold.max(0.01);

    assertThat(t.badness(worse)).isGreaterThan(t.badness(better));
  }
}
