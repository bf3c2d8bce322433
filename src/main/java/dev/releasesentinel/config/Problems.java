package dev.releasesentinel.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects every problem found while reading a config, without duplicates, in file order. */
final class Problems {

  private final Set<ConfigProblem> problems = new LinkedHashSet<>();

  void add(Location location, String message) {
    problems.add(new ConfigProblem(location, message));
  }

  void addAll(List<ConfigProblem> more) {
    problems.addAll(more);
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

  void throwIfAny() throws ConfigException {
    if (!problems.isEmpty()) {
      throw new ConfigException(sorted());
    }
  }
}
