package dev.releasesentinel.engine;

import dev.releasesentinel.redact.Redactor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every check family knows of the run before it starts: where the repository is, which release
 * is gated, which environment profile applies, the process environment, and the run's redactor,
 * which masks outside text as it enters (the run registers its secrets with it before any check
 * starts); whether the run deploys an existing release rather than making a new one; the files the
 * run itself writes (its reports), which no check may count against the repository; and the instant
 * time-based rules are judged at (the start of the run, unless the run names another).
 */
public record RunContext(
    Path repository,
    Optional<String> version,
    Optional<String> environmentName,
    Environment environment,
    Clock clock,
    Redactor redactor,
    boolean deploy,
    List<Path> ownFiles,
    Instant at) {

  public RunContext {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(environmentName, "environmentName");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(redactor, "redactor");
    ownFiles = List.copyOf(ownFiles);
    at = at == null ? clock.instant() : at;
  }

  /** A run judged at the instant it is made. */
  public RunContext(
      Path repository,
      Optional<String> version,
      Optional<String> environmentName,
      Environment environment,
      Clock clock,
      Redactor redactor,
      boolean deploy,
      List<Path> ownFiles) {
    this(
        repository, version, environmentName, environment, clock, redactor, deploy, ownFiles, null);
  }

  /**
   * A release run that writes no file of its own, with a redactor of its own, which knows no secret
   * (URL passwords are masked).
   */
  public RunContext(
      Path repository,
      Optional<String> version,
      Optional<String> environmentName,
      Environment environment,
      Clock clock) {
    this(
        repository,
        version,
        environmentName,
        environment,
        clock,
        Redactor.of(),
        false,
        List.of(),
        null);
  }
}
