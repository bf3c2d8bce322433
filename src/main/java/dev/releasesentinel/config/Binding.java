package dev.releasesentinel.config;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a section's binder may use besides its own map: the problems of the whole file, the
 * directory relative paths start from, the variables that hold secrets in any profile, and the
 * {@code ${NAME}} templates every section writes through it, so that the run knows which variables
 * the config sends anywhere (their values are masked).
 */
public final class Binding {

  private final Problems problems;
  private final Path baseDir;
  private final Set<String> secretNames;
  private final Set<String> variables = new LinkedHashSet<>();

  Binding(Problems problems, Path baseDir, Set<String> secretNames) {
    this.problems = problems;
    this.baseDir = baseDir;
    this.secretNames = Set.copyOf(secretNames);
  }

  public Problems problems() {
    return problems;
  }

  /** The config file's directory: relative paths in the config start here. */
  public Path baseDir() {
    return baseDir;
  }

  /** The variables that hold secrets, in any profile, and the CI's tokens. */
  public Set<String> secretNames() {
    return secretNames;
  }

  /** The variables the templates bound so far refer to. */
  Set<String> variables() {
    return variables;
  }

  /**
   * The template in the value of {@code key} (docs/config.md, "Variables"), recorded with the run's
   * variables; empty with the problem recorded when a reference is malformed.
   */
  public Optional<Template> template(String text, Fields f, String key) {
    try {
      Template t = Template.parse(text);
      variables.addAll(t.variables());
      return Optional.of(t);
    } catch (IllegalArgumentException ex) {
      problems.add(
          f.get(key).map(Node::location).orElse(f.keyLocation(key)),
          f.child(key) + ": " + ex.getMessage());
      return Optional.empty();
    }
  }
}
