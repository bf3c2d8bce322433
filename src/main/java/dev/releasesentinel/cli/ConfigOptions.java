package dev.releasesentinel.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which config and which repository: the options of {@code check}, {@code list} and {@code
 * validate}.
 */
final class ConfigOptions {

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description =
          "Config file (default: the config file in --repo; without one, check and list use"
              + " the built-in defaults).")
  Path config;

  @Option(
      names = {"-C", "--repo"},
      paramLabel = "DIR",
      description =
          "Repository / working directory, where the default config file is looked for"
              + " (default: the current directory).")
  Path repo = Path.of(".");
}
