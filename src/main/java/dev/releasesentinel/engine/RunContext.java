package dev.releasesentinel.engine;

import dev.releasesentinel.redact.Redactor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What every check family knows of the run before it starts: where the repository is, which release
 * is gated, which environment profile applies, the process environment, and the run's redactor,
 * which masks outside text as it enters (the run registers its secrets with it before any check
 * starts).
 */
public record RunContext(
    Path repository,
    Optional<String> version,
    Optional<String> environmentName,
    Environment environment,
    Clock clock,
    Redactor redactor) {

  public RunContext {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(environmentName, "environmentName");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(redactor, "redactor");
  }

  /** A context with a redactor of its own, which knows no secret (URL passwords are masked). */
  public RunContext(
      Path repository,
      Optional<String> version,
      Optional<String> environmentName,
      Environment environment,
      Clock clock) {
    this(repository, version, environmentName, environment, clock, Redactor.of());
  }
}
