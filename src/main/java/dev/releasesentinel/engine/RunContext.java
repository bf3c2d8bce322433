package dev.releasesentinel.engine;

import dev.releasesentinel.redact.Redactor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every check family knows of the run before it starts: where the repository is, which release
 * is gated, which environment profile applies, the process environment, and the run's redactor,
 * which masks outside text as it enters (the run registers its secrets with it before any check
 * starts); whether the run deploys an existing release rather than making a new one; the files the
 * run itself writes (its reports), which no check may count against the repository; and the clock
 * time-based rules read ({@code rules}: the run's clock, or that clock moved so that the run starts
 * at the instant {@code check --at} names; it goes on ticking, so the rounds of a wait follow).
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
    Clock rules) {

  public RunContext {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(environmentName, "environmentName");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(redactor, "redactor");
    ownFiles = List.copyOf(ownFiles);
    rules = rules == null ? clock : rules;
  }

  /**
   * {@code clock} moved so that it reads {@code at} now and goes on ticking from there: the clock
   * of a run planned for another instant ({@code --at}).
   */
  public static Clock movedTo(Clock clock, Instant at) {
    Duration shift = Duration.between(clock.instant(), at);
    return shift.isZero() ? clock : Clock.offset(clock, shift);
  }

  /** The instant the time rules read now. */
  public Instant at() {
    return rules.instant();
  }

  /** A run whose time rules read its own clock. */
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
