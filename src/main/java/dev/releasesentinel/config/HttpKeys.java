package dev.releasesentinel.config;

import java.time.Duration;

/**
 * The keys of the shared HTTP probe that every section asking a server declares the same way (api
 * endpoints and defaults, prometheus, alertmanager): the wait between attempts and the CA file.
 * Declared once, so their words, examples and defaults cannot drift apart.
 */
public final class HttpKeys {

  private HttpKeys() {}

  /** {@code backoff}, with its default of 500ms when {@code defaults}. */
  public static Key<Duration> backoff(boolean defaults) {
    Key<Duration> k =
        Key.of(
                "backoff",
                UnitTypes.DURATION,
                "The wait before the second attempt; it doubles up to max-backoff (±25% jitter).")
            .example("backoff: 250ms");
    return defaults ? k.byDefault("500ms") : k;
  }

  /** {@code max-backoff}, with its default of 5s when {@code defaults}. */
  public static Key<Duration> maxBackoff(boolean defaults) {
    Key<Duration> k =
        Key.of("max-backoff", UnitTypes.DURATION, "The longest wait between attempts.")
            .example("max-backoff: 2s");
    return defaults ? k.byDefault("5s") : k;
  }

  /** {@code ca-file}: PEM CA certificates to trust besides the system's. */
  public static final Key<String> CA_FILE =
      Key.of(
              "ca-file",
              Types.STRING,
              "A PEM file of CA certificates to trust besides the system's, relative to the config"
                  + " file.")
          .example("ca-file: certs/internal-ca.pem");
}
