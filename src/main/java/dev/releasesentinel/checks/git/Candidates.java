package dev.releasesentinel.checks.git;

import dev.releasesentinel.checks.git.CompareSet.VersionTag;
import dev.releasesentinel.version.SemVer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The known tags as {@code git.version-order} sees them, each parsed once: the versions of the
 * release's line, the look-alikes (counted and named, never compared) and whether the release's own
 * tag was left out. A pure function of the tags, HEAD and the mode.
 *
 * @param line the release's line of tags
 * @param versions versions of the line, except the release's own tag (at HEAD, or in deploy mode)
 * @param lookAlikes tags that only look like versions
 * @param own whether the release's own tag was seen and left out
 * @param scope where the tags were looked for, for messages
 */
record Candidates(
    TagLine line, List<VersionTag> versions, List<String> lookAlikes, boolean own, String scope) {

  Candidates {
    versions = List.copyOf(versions);
    lookAlikes = List.copyOf(lookAlikes);
  }

  static Candidates of(String value, TagLine line, KnownTags tags, Head head, boolean deploy) {
    List<VersionTag> versions = new ArrayList<>();
    List<String> lookAlikes = new ArrayList<>();
    boolean own = false;
    Set<String> seen = new HashSet<>();
    for (Tag t : tags.all()) {
      if (!seen.add(t.name() + " " + t.target())) {
        continue;
      }
      Optional<SemVer> v = line.version(t.name());
      if (v.isEmpty()) {
        if (line.kind(t.name()) == TagLine.Kind.LOOK_ALIKE) {
          lookAlikes.add(t.name());
        }
        continue;
      }
      if (t.name().equals(value) && (deploy || atHead(tags, t.name(), head))) {
        own = true;
        continue;
      }
      versions.add(new VersionTag(t.name(), v.get(), t.target()));
    }
    return new Candidates(line, versions, lookAlikes, own, tags.scope());
  }

  /** A version equal in precedence to {@code release}: that release exists already. */
  Optional<VersionTag> equalTo(SemVer release) {
    return versions.stream().filter(t -> t.version().compareTo(release) == 0).findFirst();
  }

  /** The versions that count: pre-releases of other MAJOR.MINOR lines never block this one. */
  List<VersionTag> eligible(SemVer release) {
    return versions.stream()
        .filter(t -> !t.version().isPreRelease() || CompareSet.sameMinor(release).test(t))
        .toList();
  }

  private static boolean atHead(KnownTags tags, String name, Head head) {
    if (head.commit().isEmpty()) {
      return false;
    }
    for (KnownTags.Located l : tags.named(name)) {
      if (!l.tag().target().equals(head.commit().get())) {
        return false;
      }
    }
    return true;
  }
}
