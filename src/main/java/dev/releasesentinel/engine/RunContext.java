package dev.releasesentinel.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What every check family knows of the run before it starts: where the repository is, which release
 * is gated, which environment profile applies and the process environment.
 */
public record RunContext(
    Path repository,
    Optional<String> version,
    Optional<String> environmentName,
    Environment environment,
    Clock clock) {

  public RunContext {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(environmentName, "environmentName");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(clock, "clock");
  }
}
