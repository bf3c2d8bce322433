package dev.releasesentinel.cli;

import picocli.CommandLine.Option;

/** {@code -e/--env}: the environment profile of {@code check} and {@code list}. */
final class ProfileOption {

  @Option(
      names = {"-e", "--env"},
      paramLabel = "NAME",
      description = "Environment profile from the config's environments.")
  String environment;
}
