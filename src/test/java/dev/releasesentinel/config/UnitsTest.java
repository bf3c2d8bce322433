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

  @ParameterizedTest
  @CsvSource({
    "1TB, 1 TB",
    "5GiB, 5 GiB",
    "1.5TB, 1.5 TB",
    "1.5KiB, 1.5 KiB",
    "1000MB, 1 GB",
    "512MiB, 512 MiB",
    "100B, 100 B"
  })
  void aConfigSizeIsShownAsWritten(String text, String shown) {
    assertThat(Units.formatSizeAsWritten(Units.size(text).orElseThrow())).isEqualTo(shown);
  }

  @org.junit.jupiter.api.Test
  void aMeasuredSizeIsShownInTheUnitsOfTheConfigBesideIt() {
    long tb = Units.size("1TB").orElseThrow();
    assertThat(Units.formatSizeLike(931_300_000_000L, tb)).isEqualTo("931.3 GB");
    assertThat(Units.formatSizeLike(931_300_000_000L, Units.size("1TiB").orElseThrow()))
        .isEqualTo("867.3 GiB");
  }

  /** Generated sizes as people write them come back as written (or as a larger whole unit). */
  @org.junit.jupiter.api.Test
  void everyGeneratedSizeRoundTrips() {
    long seed = Long.getLong("units.seed", System.nanoTime());
    java.util.Random random = new java.util.Random(seed);
    String[] units = {"KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB"};
    for (int i = 0; i < 5_000; i++) {
      String unit = units[random.nextInt(units.length)];
      int whole = 1 + random.nextInt(unit.endsWith("iB") ? 1023 : 999);
      int decimals = random.nextInt(3);
      String number =
          decimals == 0
              ? Integer.toString(whole)
              : whole
                  + "."
                  + String.format(
                      "%0" + decimals + "d", random.nextInt((int) Math.pow(10, decimals)));
      java.math.BigDecimal exact =
          new java.math.BigDecimal(number)
              .multiply(
                  java.math.BigDecimal.valueOf(unit.endsWith("iB") ? 1024 : 1000)
                      .pow("KMGT".indexOf(unit.charAt(0)) + 1));
      if (exact.stripTrailingZeros().scale() > 0) {
        continue; // not a whole number of bytes: the parser rounds, nothing to show as written
      }
      long bytes = Units.size(number + unit).orElseThrow();
      String shown = Units.formatSizeAsWritten(bytes);
      assertThat(Units.size(shown.replace(" ", "")))
          .as("%s%s shown as %s (seed %d)", number, unit, shown, seed)
          .contains(bytes);
    }
  }
}
