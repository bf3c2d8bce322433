package dev.releasesentinel.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The effective config of one run: the file (or the built-in defaults) with the selected
 * environment profile merged in. A family that is empty here does not run.
 */
public record Config(
    Optional<Path> file,
    Optional<String> environment,
    List<String> environments,
    Optional<Duration> timeout,
    Optional<GitConfig> git,
    Optional<EnvConfig> env,
    Optional<SystemConfig> system,
    Optional<ApiConfig> api) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  public Config {
    environments = List.copyOf(environments);
  }

  /** Whether this config came from the built-in defaults rather than a file. */
  public boolean builtIn() {
    return file.isEmpty();
  }
}
