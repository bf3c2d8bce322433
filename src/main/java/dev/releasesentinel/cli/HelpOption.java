package dev.releasesentinel.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} of a subcommand. Not picocli's standard help mixin: that would add {@code -V}
 * to every subcommand, and the version belongs to the root command only.
 */
final class HelpOption {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;
}
