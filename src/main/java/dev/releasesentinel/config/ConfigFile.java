package dev.releasesentinel.config;

import dev.releasesentinel.engine.Suggest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A config file read and checked once, with every environment profile ({@link ConfigLoader} reports
 * every problem in the file at once), and {@link #select} gives the effective config of one
 * profile.
 */
public final class ConfigFile {

  /** Where {@code check} looks for a config file when -c is not given, in this order. */
  public static final List<String> DEFAULT_NAMES =
      List.of(
          ".release-sentinel.yml",
          ".release-sentinel.yaml",
          ".github/release-sentinel.yml",
          ".github/release-sentinel.yaml");

  /** The largest config file read, in bytes (docs/config.md, "Limits"). */
  public static final int MAX_BYTES = 1 << 20;

  /** The longest line of a config file, in characters (docs/config.md, "Limits"). */
  public static final int MAX_LINE = 1 << 16;

  private final Path path;
  private final String display;
  private final Map<String, Config> byEnvironment;
  private final Config base;
  private final byte[] bytes;

  ConfigFile(Path path, String display, Config base, Map<String, Config> byEnvironment) {
    this(path, display, base, byEnvironment, null);
  }

  private ConfigFile(
      Path path, String display, Config base, Map<String, Config> byEnvironment, byte[] bytes) {
    this.path = path;
    this.display = display;
    this.base = base;
    this.byEnvironment = byEnvironment;
    this.bytes = bytes;
  }

  /** The same config, read from these bytes of its file. */
  ConfigFile readFrom(byte[] read) {
    return new ConfigFile(path, display, base, byEnvironment, read.clone());
  }

  /**
   * The bytes the config was read from (a copy), as the run used them: what a decision record
   * hashes, even if the file changes during the run; empty for config text not read from a file.
   */
  public Optional<byte[]> bytes() {
    return Optional.ofNullable(bytes).map(byte[]::clone);
  }

  /** The first default config file in {@code dir}, if any. */
  public static Optional<Path> discover(Path dir) {
    for (String name : DEFAULT_NAMES) {
      Path p = dir.resolve(name).normalize();
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  /** The top level and every profile, each as effective config (for whatever spans all of them). */
  public List<Config> all() {
    List<Config> all = new ArrayList<>();
    all.add(base);
    all.addAll(byEnvironment.values());
    return all;
  }

  public List<String> environments() {
    return List.copyOf(byEnvironment.keySet());
  }

  /** The effective config for a profile, or the top level when none is named. */
  public Config select(Optional<String> environment) throws ConfigException {
    if (environment.isEmpty()) {
      return base;
    }
    Config c = byEnvironment.get(environment.get());
    if (c == null) {
      String where = display;
      String known =
          byEnvironment.isEmpty()
              ? where + " defines no environments"
              : "known: " + String.join(", ", byEnvironment.keySet());
      throw new ConfigException(
          new Location(where, 0, 0),
          "unknown environment '"
              + environment.get()
              + "'"
              + Suggest.didYouMean(environment.get(), byEnvironment.keySet())
              + " ("
              + known
              + ")");
    }
    return c;
  }
}
