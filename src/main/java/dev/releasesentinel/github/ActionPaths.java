package dev.releasesentinel.github;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The working directory and the config file of action mode, both in the workspace
 * (docs/github-action.md, "Inputs").
 */
final class ActionPaths {

  private ActionPaths() {}

  /**
   * Why the working-directory input cannot be used: it is not a directory, or it leaves the
   * workspace (normalised, and by its real path when it exists, so a symlink cannot lead out).
   */
  static Optional<String> workingDirectoryProblem(ActionInputs inputs, Path workspace) {
    String given = inputs.workingDirectory();
    Path ws = workspace.toAbsolutePath().normalize();
    Path repo = ws.resolve(given).normalize();
    String named = "input 'working-directory' is '" + given + "', and " + repo;
    if (!repo.startsWith(ws)) {
      return Optional.of(named + " is outside the workspace (" + ws + ")");
    }
    if (!Files.isDirectory(repo)) {
      return Optional.of(named + " is not a directory in the workspace");
    }
    try {
      Path real = repo.toRealPath();
      Path realWs = ws.toRealPath();
      if (!real.startsWith(realWs)) {
        return Optional.of(
            named + " leads outside the workspace (" + realWs + ") to " + real + " by a link");
      }
    } catch (IOException e) {
      return Optional.of(named + " cannot be read (" + e.getMessage() + ")");
    }
    return Optional.empty();
  }

  /** Why the config input cannot be used: a name other than the default that does not exist. */
  static Optional<String> configProblem(ActionInputs inputs, Path workspace) {
    if (inputs.config().isEmpty()) {
      return Optional.empty();
    }
    String given = inputs.config().get();
    Path p = workspace.resolve(given).normalize();
    if (given.equals(ActionInputs.DEFAULT_CONFIG) || Files.exists(p)) {
      return Optional.empty();
    }
    return Optional.of(
        "input 'config' is '"
            + given
            + "', and "
            + p
            + " does not exist (config file not found; paths are relative to the workspace)");
  }

  /**
   * The config input, relative to the workspace. Only the action's default value may be missing,
   * since the runner passes it whether the workflow set it or not: then it is looked for in the
   * working directory first, then in the workspace, then by the usual search in the working
   * directory (then the built-in defaults).
   */
  static Optional<Path> config(ActionInputs inputs, Path workspace, Path repo) {
    if (inputs.config().isEmpty()) {
      return Optional.empty();
    }
    String given = inputs.config().get();
    Path p = workspace.resolve(given).normalize();
    if (given.equals(ActionInputs.DEFAULT_CONFIG)) {
      Path inRepo = repo.resolve(given).normalize();
      if (Files.exists(inRepo)) {
        return Optional.of(inRepo);
      }
      return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
    return Optional.of(p);
  }
}
