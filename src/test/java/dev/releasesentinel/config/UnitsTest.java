package dev.releasesentinel.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

  @ParameterizedTest
  @CsvSource({
    "250ms, 250",
    "5s, 5000",
    "2m, 120000",
    "1h, 3600000",
    "1m30s, 90000",
    "1.5s, 1500",
    "1h2m3s4ms, 3723004"
  })
  void parsesDurations(String text, long millis) {
    assertThat(Units.duration(text)).contains(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "5 s", "s", "5sec", "-1s", "1d", ""})
  void rejectsMalformedDurations(String text) {
    assertThat(Units.duration(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"80%, 80.0", "95.5%, 95.5", "0%, 0.0", "100 %, 100.0"})
  void parsesPercentages(String text, double value) {
    assertThat(Units.percent(text)).contains(value);
  }

  @ParameterizedTest
  @CsvSource({
    "512MB, 512000000",
    "5GiB, 5368709120",
    "1KB, 1000",
    "1KiB, 1024",
    "1.5GB, 1500000000",
    "10 TB, 10000000000000",
    "2G, 2000000000",
    "100B, 100",
    "1gib, 1073741824"
  })
  void parsesSizesInSiAndIecUnits(String text, long bytes) {
    assertThat(Units.size(text)).contains(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "5 gigs", "GiB", "5XB"})
  void rejectsMalformedSizes(String text) {
    assertThat(Units.size(text)).isEqualTo(Optional.empty());
  }
}
