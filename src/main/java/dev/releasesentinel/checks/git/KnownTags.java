package dev.releasesentinel.checks.git;

import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The release tags that exist: the local ones and the remote's (a shallow CI checkout has none
 * locally, so the remote is asked). Shared by {@code git.tag-absent} and {@code git.version-order}.
 */
record KnownTags(List<Tag> local, RemoteTags remote) {

  KnownTags {
    local = List.copyOf(local);
  }

  static KnownTags read(CheckContext context, GitProbe probe, String remote, CiHost host)
      throws CannotObserve {
    context.activity("reading local tags");
    List<Tag> local = probe.localTags();
    context.activity("listing the tags of remote '" + remote + "'");
    RemoteTags r = probe.remoteTags(remote, GitCheck.remoteTimeout(context));
    if (!r.configured() && probe.shallow()) {
      throw new CannotObserve(
          "this shallow clone has no remote '"
              + remote
              + "' to ask for tags, and its local tags may be incomplete: set git.remote to a"
              + " configured remote, or "
              + host.fix());
    }
    return new KnownTags(local, r);
  }

  /** Where the tags were looked for, for messages. */
  String scope() {
    return remote.configured()
        ? "local tags and remote '" + remote.remote() + "' (" + remote.url() + ")"
        : "local tags only: no remote '" + remote.remote() + "' is configured";
  }

  /** Tags of that name: the local one first, then the remote's. */
  List<Located> named(String name) {
    List<Located> found = new ArrayList<>();
    for (Tag t : local) {
      if (t.name().equals(name)) {
        found.add(new Located(t, "locally"));
      }
    }
    for (Tag t : remote.tags()) {
      if (t.name().equals(name)) {
        found.add(new Located(t, "on remote '" + remote.remote() + "'"));
      }
    }
    return found;
  }

  /** Every tag, local then remote; a name may appear twice if the two disagree. */
  List<Tag> all() {
    List<Tag> all = new ArrayList<>(local);
    all.addAll(remote.tags());
    return all;
  }

  /** Distinct names of every tag. */
  Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    for (Tag t : all()) {
      names.add(t.name());
    }
    return names;
  }

  /** A tag and where it was seen. */
  record Located(Tag tag, String where) {}
}
