package dev.releasesentinel.checks.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  @ParameterizedTest
  @CsvSource({
    "+Inf, Infinity",
    "Inf, Infinity",
    "-Inf, -Infinity",
    "0.034, 0.034",
    "1e-3, 0.001",
    "1796629440, 1796629440"
  })
  void readsPrometheusSpelling(String text, double value) {
    assertThat(Numbers.parse(text)).isEqualTo(value);
  }

  @org.junit.jupiter.api.Test
  void readsNaN() {
    assertThat(Numbers.parse("NaN")).isNaN();
  }

  @ParameterizedTest
  @CsvSource({
    "0.0019960079840319, 0.001996",
    "340, 340",
    "0, 0",
    "123456789, 123500000",
    "1.0E-15, 1E-15",
    "NaN, NaN",
    "-Infinity, -Inf"
  })
  void showsFourSignificantDigits(double value, String shown) {
    assertThat(Numbers.value(value)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource({"0.0100001, 0.01, 0.0100001", "0.0099999, 0.01, 0.0099999", "0.01, 0.01, 0.01"})
  void showsEnoughDigitsToTellAValueFromItsLimit(double value, double limit, String shown) {
    assertThat(Numbers.value(value, limit)).isEqualTo(shown);
  }
}
