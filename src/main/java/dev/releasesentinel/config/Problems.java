package dev.releasesentinel.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects every problem found while reading a config, without duplicates, in file order. */
public final class Problems {

  /**
   * The most problems listed: a file of a hundred thousand unknown keys must not cost a hundred
   * thousand messages (memory, and a log nobody reads); the rest are counted.
   */
  static final int MAX_LISTED = 100;

  private final Set<ConfigProblem> problems;
  private final Set<Location> scope;
  private final String prefix;
  private final int[] unlisted;

  Problems() {
    this(new LinkedHashSet<>(), Set.of(), "", new int[1]);
  }

  private Problems(
      Set<ConfigProblem> problems, Set<Location> scope, String prefix, int[] unlisted) {
    this.problems = problems;
    this.scope = scope;
    this.prefix = prefix;
    this.unlisted = unlisted;
  }

  public void add(Location location, String message) {
    ConfigProblem p =
        new ConfigProblem(location, scope.contains(location) ? prefix + message : message);
    if (problems.size() < MAX_LISTED) {
      problems.add(p);
    } else if (!problems.contains(p)) {
      unlisted[0]++;
    }
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
    return new Problems(problems, own, prefix, unlisted);
  }

  void throwIfAny() throws ConfigException {
    if (problems.isEmpty()) {
      return;
    }
    List<ConfigProblem> listed = sorted();
    if (unlisted[0] > 0) {
      listed = new ArrayList<>(listed);
      listed.add(
          new ConfigProblem(
              new Location(listed.get(0).location().file(), 0, 0),
              "and "
                  + unlisted[0]
                  + " more problems, not listed: fix the ones above, then validate again"));
    }
    throw new ConfigException(listed, problems.size() + unlisted[0]);
  }
}
