package dev.releasesentinel.gate;

import dev.releasesentinel.engine.Selection;
import dev.releasesentinel.policy.Waiver;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a caller asks of the gate (docs/cli.md): the repository and config, the profile, the
 * release, which checks, the deadline, and how to judge.
 *
 * @param ownFiles the files the run itself writes (its reports), which no check counts against the
 *     repository
 * @param at the instant time rules are judged at ({@code check --at}; docs/cli.md): the schedule's
 *     windows and freezes and the expiry of waivers; empty for the run's own start
 * @param waivers waivers for this run only ({@code check --waive}), besides the config's
 */
public record Request(
    Path repo,
    Optional<Path> config,
    Optional<String> environment,
    Optional<String> version,
    Selection selection,
    Optional<Duration> timeout,
    boolean failFast,
    boolean strict,
    boolean deploy,
    List<Path> ownFiles,
    Optional<Instant> at,
    List<Waiver> waivers) {

  public Request {
    ownFiles = List.copyOf(ownFiles);
    Objects.requireNonNull(at, "at");
    waivers = List.copyOf(waivers);
  }

  /** A request judged at the run's own start. */
  public Request(
      Path repo,
      Optional<Path> config,
      Optional<String> environment,
      Optional<String> version,
      Selection selection,
      Optional<Duration> timeout,
      boolean failFast,
      boolean strict,
      boolean deploy,
      List<Path> ownFiles) {
    this(
        repo,
        config,
        environment,
        version,
        selection,
        timeout,
        failFast,
        strict,
        deploy,
        ownFiles,
        Optional.empty(),
        List.of());
  }

  /**
   * A run of the whole config's deadline that does not stop early, judges warnings as warnings and
   * writes no file of its own (as the GitHub Action runs it).
   */
  public static Request of(
      Path repo,
      Optional<Path> config,
      Optional<String> environment,
      Optional<String> version,
      Selection selection,
      boolean deploy) {
    return new Request(
        repo,
        config,
        environment,
        version,
        selection,
        Optional.empty(),
        false,
        false,
        deploy,
        List.of());
  }

  /** A release run (not a deploy) that writes no file of its own. */
  public Request(
      Path repo,
      Optional<Path> config,
      Optional<String> environment,
      Optional<String> version,
      Selection selection,
      Optional<Duration> timeout,
      boolean failFast,
      boolean strict) {
    this(
        repo, config, environment, version, selection, timeout, failFast, strict, false, List.of());
  }
}
