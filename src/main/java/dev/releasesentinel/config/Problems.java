package dev.releasesentinel.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects every problem found while reading a config, without duplicates, in file order. */
final class Problems {

  private final Set<ConfigProblem> problems;
  private final Set<Location> scope;
  private final String prefix;

  Problems() {
    this(new LinkedHashSet<>(), Set.of(), "");
  }

  private Problems(Set<ConfigProblem> problems, Set<Location> scope, String prefix) {
    this.problems = problems;
    this.scope = scope;
    this.prefix = prefix;
  }

  void add(Location location, String message) {
    problems.add(
        new ConfigProblem(location, scope.contains(location) ? prefix + message : message));
  }

  void addAll(List<ConfigProblem> more) {
    more.forEach(p -> add(p.location(), p.message()));
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<ConfigProblem> sorted() {
    List<ConfigProblem> list = new ArrayList<>(problems);
    list.sort(
        Comparator.comparingInt((ConfigProblem p) -> p.location().line())
            .thenComparingInt(p -> p.location().column()));
    return list;
  }

  /**
   * The same collection, with {@code prefix} before every problem found at one of {@code own}: a
   * profile's own nodes and keys, so that "unknown key 'brnaches' in git" says it is in {@code
   * environments.prod}. Problems elsewhere (the top level, merged in) are added as they are.
   */
  Problems within(Set<Location> own, String prefix) {
    return new Problems(problems, own, prefix);
  }

  void throwIfAny() throws ConfigException {
    if (!problems.isEmpty()) {
      throw new ConfigException(sorted());
    }
  }
}
