package dev.releasesentinel.cli;

import dev.releasesentinel.config.ConfigFile;
import dev.releasesentinel.report.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code init}: write a commented starter config; never overwrite one without --force. */
@Command(name = "init", description = "Write a commented starter .release-sentinel.yml.")
final class InitCommand implements Callable<Integer> {

  static final String STARTER = "starter-config.yml";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Option(names = "--force", description = "Overwrite an existing file.")
  boolean force;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Where to write (default: .release-sentinel.yml in --repo).")
  Path config;

  @Option(
      names = {"-C", "--repo"},
      paramLabel = "DIR",
      description = "Repository directory (default: current directory).")
  Path repo = Path.of(".");

  @Override
  public Integer call() throws IOException {
    Console console = Console.of(spec.commandLine());
    Path target = config != null ? config : repo.resolve(".release-sentinel.yml").normalize();
    if (Files.exists(target) && !force) {
      console.errLine(
          "release-sentinel: error: "
              + target
              + " already exists; keep it, or pass --force to overwrite it");
      return Cli.EXIT_USAGE;
    }
    if (config == null && !force) {
      Optional<Path> existing = ConfigFile.discover(repo);
      if (existing.isPresent()) {
        console.errLine(
            "release-sentinel: error: "
                + existing.get()
                + " is already the config the gate reads here; a new "
                + target
                + " would take its place. Keep it, pass --force to write the new one anyway, or"
                + " -c FILE to write elsewhere");
        return Cli.EXIT_USAGE;
      }
    }
    ReportFiles.writeAtomically(target, starter());
    console.out(
        "wrote "
            + target
            + ": edit it, then run 'release-sentinel validate' and 'release-sentinel check'\n");
    return 0;
  }

  /**
   * The starter config, led by the line that tells editors with the YAML language server where the
   * schema of this version is (docs/editors.md).
   */
  static String starter() throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
      if (in == null) {
        throw new IOException("the starter config is missing from the jar");
      }
      return "# yaml-language-server: $schema="
          + VersionInfo.SCHEMA_URL
          + "\n"
          + new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
