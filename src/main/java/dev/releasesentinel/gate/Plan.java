package dev.releasesentinel.gate;

import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigFile;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.RunContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run ready to start: the config is valid, at least one check is selected, and every secret of
 * every profile is registered with the run's redactor.
 *
 * @param skips the checks outside the selection, with why
 * @param notes what the caller should say before the run (e.g. that the built-in defaults apply)
 * @param secrets the values masked in every output, from every profile of the config
 * @param file the config file as loaded, every profile (the bytes it was read from, for records)
 */
public record Plan(
    Request request,
    ConfigFile file,
    Config config,
    RunContext context,
    List<Planned> checks,
    Map<CheckId, String> skips,
    Duration timeout,
    List<String> notes,
    Set<String> secrets) {

  public Plan {
    checks = List.copyOf(checks);
    skips = Map.copyOf(skips);
    notes = List.copyOf(notes);
    secrets = Set.copyOf(secrets);
  }
}
