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

/**
 * {@code init}: write a commented starter config (the built-in defaults, spelled out); never
 * overwrite one without --force. It says what to do next: commit the file (an untracked file fails
 * git.clean-tree), then run {@code check} (docs/cli.md).
 */
@Command(
    name = "init",
    description = {
      "Write a commented starter .release-sentinel.yml: the built-in defaults, spelled out.",
      "Then commit it and run 'release-sentinel check'."
    })
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
    boolean inRepository = insideGit(repo);
    if (!inRepository) {
      console.errLine(
          "release-sentinel: warning: "
              + repo.toAbsolutePath().normalize()
              + " is not inside a git repository: the git checks will fail until it is one"
              + " (git init, or run init in your checkout)");
    }
    console.out(
        "wrote "
            + target
            + "; edit it, then:\n"
            + "  git add "
            + target
            + " && git commit -m 'Add the release gate config'\n"
            + "  release-sentinel check\n"
            + "(an uncommitted config makes git.clean-tree fail; 'release-sentinel validate'"
            + " checks the file alone)\n");
    return 0;
  }

  /** Whether {@code dir} or a parent holds {@code .git} (a directory, or a worktree's file). */
  static boolean insideGit(Path dir) {
    for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return true;
      }
    }
    return false;
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
