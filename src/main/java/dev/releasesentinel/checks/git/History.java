package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.CannotObserve;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What HEAD's history says about the release tags, for {@code compare-with: reachable}: whether the
 * clone is shallow (then its history is cut, and nothing more is read), else which tagged commits
 * HEAD descends from, found in one walk.
 *
 * @param shallow the clone is shallow
 * @param reachable the tagged commits HEAD descends from (empty when shallow)
 */
record History(boolean shallow, Set<String> reachable) {

  History {
    reachable = Set.copyOf(reachable);
  }

  static History read(GitProbe probe, Collection<CompareSet.VersionTag> tags) throws CannotObserve {
    if (probe.shallow()) {
      return new History(true, Set.of());
    }
    Set<String> commits = new HashSet<>();
    tags.forEach(t -> commits.add(t.target()));
    return new History(false, probe.reachableFromHead(commits));
  }
}
