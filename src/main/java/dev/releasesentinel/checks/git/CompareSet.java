package dev.releasesentinel.checks.git;

import dev.releasesentinel.checks.git.GitConfig.CompareWith;
import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.version.SemVer;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The earlier releases a version is compared with, and why those (docs/checks/git.md,
 * "git.version-order"): by default the release tags HEAD descends from, found in one walk of its
 * history; where that history is not here (a shallow clone) or holds no release, the same
 * MAJOR.MINOR line, else the same MAJOR line, saying so.
 *
 * @param tags the releases compared with
 * @param name what they are, for messages: "the releases HEAD descends from", "the v3.5 line"
 * @param why how they were chosen: the config key, and the fallback's reason if there was one
 * @param fallback the reason the default set could not be used, if it could not
 */
record CompareSet(List<VersionTag> tags, String name, String why, Optional<String> fallback) {

  /** A tag that is a version of the release's line. */
  record VersionTag(String name, SemVer version, String target) {}

  /**
   * The set for {@code mode}; {@code history} is read for {@code reachable} only ({@link
   * #needsHistory}).
   */
  static CompareSet choose(
      CompareWith mode,
      List<VersionTag> eligible,
      SemVer release,
      TagLine line,
      Optional<History> history,
      CiHost host) {
    String key = "git.version.compare-with: " + mode.key();
    switch (mode) {
      case ALL:
        return new CompareSet(eligible, "every release tag", key, Optional.empty());
      case MAJOR:
        return new CompareSet(
            filter(eligible, sameMajor(release)),
            "the " + line.majorLine(release) + " line",
            key,
            Optional.empty());
      case MINOR:
        return new CompareSet(
            filter(eligible, sameMinor(release)),
            "the " + line.minorLine(release) + " line",
            key,
            Optional.empty());
      default:
        break;
    }
    History h = history.orElseThrow(() -> new IllegalArgumentException("history not read"));
    if (h.shallow()) {
      return line(
          eligible,
          release,
          line,
          "this clone is shallow, so the releases HEAD descends from are not known (to compare"
              + " with them: "
              + host.fix()
              + ")");
    }
    List<VersionTag> found = filter(eligible, t -> h.reachable().contains(t.target()));
    if (found.isEmpty() && !eligible.isEmpty()) {
      return line(eligible, release, line, "HEAD descends from no release tag");
    }
    return new CompareSet(found, "the releases HEAD descends from", key, Optional.empty());
  }

  /** Whether choosing the set for {@code mode} needs HEAD's history. */
  static boolean needsHistory(CompareWith mode) {
    return mode == CompareWith.REACHABLE;
  }

  /** The same MAJOR.MINOR line, else the same MAJOR line. */
  private static CompareSet line(
      List<VersionTag> eligible, SemVer release, TagLine line, String reason) {
    List<VersionTag> minor = filter(eligible, sameMinor(release));
    if (!minor.isEmpty()) {
      return new CompareSet(
          minor,
          "the " + line.minorLine(release) + " line",
          reason + "; compared within the same MAJOR.MINOR instead",
          Optional.of(reason));
    }
    return new CompareSet(
        filter(eligible, sameMajor(release)),
        "the " + line.majorLine(release) + " line",
        reason
            + "; no "
            + line.minorLine(release)
            + " release yet, so compared within the same MAJOR instead",
        Optional.of(reason));
  }

  static Predicate<VersionTag> sameMajor(SemVer v) {
    return t -> t.version().major().equals(v.major());
  }

  static Predicate<VersionTag> sameMinor(SemVer v) {
    return t -> t.version().major().equals(v.major()) && t.version().minor().equals(v.minor());
  }

  private static List<VersionTag> filter(List<VersionTag> tags, Predicate<VersionTag> p) {
    return tags.stream().filter(p).toList();
  }
}
