package dev.releasesentinel.config;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a config file at once; the gate runs nothing and exits 2. */
public final class ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;
  private final int total;

  public ConfigException(List<ConfigProblem> problems) {
    this(problems, problems.size());
  }

  /**
   * {@code total}: how many problems the file has; {@code problems} lists the first of them (and,
   * when some are not listed, says so last).
   */
  public ConfigException(List<ConfigProblem> problems, int total) {
    super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
    this.total = total;
  }

  public ConfigException(Location location, String message) {
    this(List.of(new ConfigProblem(location, message)));
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  /** How many problems the file has, listed or not. */
  public int total() {
    return total;
  }
}
