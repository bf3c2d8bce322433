package dev.releasesentinel.config;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a config file at once; the gate runs nothing and exits 2. */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public ConfigException(Location location, String message) {
    this(List.of(new ConfigProblem(location, message)));
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}
