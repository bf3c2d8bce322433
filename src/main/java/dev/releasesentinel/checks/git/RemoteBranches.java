package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code git.branch} reads of the remote when no branch here contains a detached HEAD: the
 * remote's listing, whether this clone is shallow, and for each allowed remote branch (in the
 * remote's order, up to the first that holds HEAD) whether HEAD is in its history (empty: its
 * history is not in this clone).
 */
record RemoteBranches(boolean shallow, RemoteTags listing, Map<Tag, Optional<Boolean>> headIn) {

  RemoteBranches {
    headIn = Collections.unmodifiableMap(new LinkedHashMap<>(headIn));
  }

  static RemoteBranches read(
      CheckContext context, GitProbe probe, String remote, List<String> allowed, Head head)
      throws CannotObserve {
    String commit = head.commit().map(Head::shortId).orElse("(no commit yet)");
    boolean shallow = probe.shallow();
    context.activity("listing the branches of remote '" + remote + "'");
    RemoteTags r = probe.remoteTags(remote, GitCheck.remoteTimeout(context));
    Map<Tag, Optional<Boolean>> headIn = new LinkedHashMap<>();
    for (Tag b : r.heads()) {
      if (BranchGlob.firstMatch(allowed, b.name()).isEmpty()) {
        continue;
      }
      context.activity("looking for " + commit + " in remote branch " + b.name());
      Optional<Boolean> in = probe.headIsAncestorOf(b.target());
      headIn.put(b, in);
      if (in.isPresent() && in.get()) {
        break;
      }
    }
    return new RemoteBranches(shallow, r, headIn);
  }
}
