package dev.releasesentinel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @Test
  void delaySecondsAndHttpDatesAreHints() {
    assertThat(RetryAfter.hint("2", NOW)).contains(Duration.ofSeconds(2));
    assertThat(RetryAfter.hint(" 0120 ", NOW)).contains(Duration.ofMinutes(2));
    assertThat(RetryAfter.hint("86400", NOW)).contains(Duration.ofDays(1));
    assertThat(RetryAfter.hint("Mon, 30 Nov 2026 12:00:03 GMT", NOW))
        .contains(Duration.ofSeconds(3));
  }

  @ParameterizedTest(name = "[{index}] '{0}'")
  @ValueSource(
      strings = {
        "0",
        "00",
        "86401",
        "99999999999999999999",
        "-1",
        "1.5",
        "soon",
        "",
        "Mon, 30 Nov 2026 11:00:00 GMT",
        "Tue, 30 Nov 2027 12:00:00 GMT",
        "Mon, 30 Nov 2026 12:00:03 PST"
      })
  void anythingElseIsNoUsableHint(String value) {
    assertThat(RetryAfter.hint(value, NOW)).isEmpty();
  }

  /** Whatever an upstream sends, reading it never throws and a hint is a sane wait. */
  @Test
  void generatedValuesNeverThrowAndHintsStayWithinADay() {
    long seed = Long.getLong("retry-after.seed", System.nanoTime());
    Random random = new Random(seed);
    String alphabet = "0123456789 ,:-+GMTMonNovDecZz\t.e";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(i % 10 == 0 ? 200 : 40);
      for (int k = 0; k < length; k++) {
        b.append(
            random.nextInt(8) == 0
                ? (char) random.nextInt(0x3000)
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = b.toString();
      Optional<Duration> hint = RetryAfter.hint(value, NOW);
      hint.ifPresent(
          d ->
              assertThat(d)
                  .as("seed %d, value %s", seed, value)
                  .isPositive()
                  .isLessThanOrEqualTo(RetryAfter.MAX));
    }
  }
}
