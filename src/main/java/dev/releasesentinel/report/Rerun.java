package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command that runs this gate again (docs/report-formats.md, "Next step"): {@code check} with
 * the run's environment, release, selection, config file when it is not the default, repository
 * when it is not the working directory, and {@code --strict}. Never the value of a variable.
 */
final class Rerun {

  private Rerun() {}

  static String command(RunReport r) {
    List<String> words = new ArrayList<>(List.of("release-sentinel", "check"));
    r.environment().ifPresent(e -> words.add("--env " + quote(e)));
    r.version().ifPresent(v -> words.add("--release " + quote(v)));
    if (!r.unselected().by().isEmpty()) {
      for (String part : r.unselected().by().split(" ")) {
        words.add(part.startsWith("-") ? part : quote(part));
      }
    }
    config(r).ifPresent(c -> words.add("-c " + quote(c)));
    String repo = r.repository().path();
    if (!repo.isEmpty() && !repo.equals(".") && !Path.of(repo).isAbsolute()) {
      words.add("-C " + quote(repo));
    }
    if (r.strict()) {
      words.add("--strict");
    }
    return String.join(" ", words);
  }

  /** The config file, relative to the repository, when it is not found by its default name. */
  private static Optional<String> config(RunReport r) {
    for (CheckResult c : r.results()) {
      if (c.source().isPresent()) {
        Source s = c.source().get();
        String rel = s.pathIn(r.repository().path()).orElse(s.file());
        return rel.equals(".release-sentinel.yml") || rel.equals(".release-sentinel.yaml")
            ? Optional.empty()
            : Optional.of(rel);
      }
    }
    return Optional.empty();
  }

  /** A word the shell reads as itself: quoted when it holds anything but safe characters. */
  static String quote(String s) {
    return s.matches("[A-Za-z0-9._:/=@%+,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
