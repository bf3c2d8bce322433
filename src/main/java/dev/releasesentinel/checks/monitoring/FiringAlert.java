package dev.releasesentinel.checks.monitoring;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert as the gate shows it: its name ({@code alertname}), labels, {@code summary} annotation,
 * when it started firing and the link back to what fired it ({@code generatorURL}). Every text here
 * comes from masked answers.
 */
public record FiringAlert(
    String name,
    Map<String, String> labels,
    Optional<String> summary,
    Optional<Instant> since,
    Optional<String> generatorUrl) {

  public FiringAlert {
    Objects.requireNonNull(name, "name");
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(generatorUrl, "generatorUrl");
  }
}
