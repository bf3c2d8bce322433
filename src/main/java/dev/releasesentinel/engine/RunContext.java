package dev.releasesentinel.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every check family knows of the run before it starts: where the repository is, which release
 * is gated, which environment profile applies and the process environment; whether the run deploys
 * an existing release rather than making a new one; and the files the run itself writes (its
 * reports), which no check may count against the repository.
 */
public record RunContext(
    Path repository,
    Optional<String> version,
    Optional<String> environmentName,
    Environment environment,
    Clock clock,
    boolean deploy,
    List<Path> ownFiles) {

  public RunContext {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(environmentName, "environmentName");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(clock, "clock");
    ownFiles = List.copyOf(ownFiles);
  }

  /** A release run that writes no file of its own. */
  public RunContext(
      Path repository,
      Optional<String> version,
      Optional<String> environmentName,
      Environment environment,
      Clock clock) {
    this(repository, version, environmentName, environment, clock, false, List.of());
  }
}
