package dev.releasesentinel.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects every problem found while reading a config, without duplicates, in file order. */
class Problems {

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

  /**
   * The same collection, with {@code prefix} before every problem found on lines {@code from} to
   * {@code to}: a profile's own lines, so that "unknown key 'brnaches' in git" says it is in {@code
   * environments.prod}. Problems elsewhere (the top level, merged in) are added as they are.
   */
  Problems within(int from, int to, String prefix) {
    Problems outer = this;
    return new Problems() {
      @Override
      void add(Location location, String message) {
        boolean inside = location.line() >= from && location.line() <= to;
        outer.add(location, inside ? prefix + message : message);
      }

      @Override
      void addAll(List<ConfigProblem> more) {
        more.forEach(p -> add(p.location(), p.message()));
      }

      @Override
      boolean isEmpty() {
        return outer.isEmpty();
      }

      @Override
      List<ConfigProblem> sorted() {
        return outer.sorted();
      }
    };
  }

  void throwIfAny() throws ConfigException {
    if (!isEmpty()) {
      throw new ConfigException(sorted());
    }
  }
}
