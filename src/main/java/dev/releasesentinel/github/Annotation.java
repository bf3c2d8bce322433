package dev.releasesentinel.github;

import java.util.Objects;
import java.util.Optional;

/**
 * One annotation for the runner: a level, the check id as title, where in the config file the check
 * is declared (workspace-relative; absent when unknown), and the message.
 */
public record Annotation(
    Level level, String title, Optional<String> file, int line, int column, String message) {

  /** The runner's annotation commands. */
  public enum Level {
    ERROR("error"),
    WARNING("warning"),
    NOTICE("notice");

    private final String command;

    Level(String command) {
      this.command = command;
    }

    public String command() {
      return command;
    }
  }

  public Annotation {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  public Annotation withMessage(String m) {
    return new Annotation(level, title, file, line, column, m);
  }
}
