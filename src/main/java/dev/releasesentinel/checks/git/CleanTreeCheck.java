package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.LazyProbe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code git.clean-tree}: nothing staged, nothing changed in tracked files, no untracked file that
 * is not ignored (unless {@code allow-untracked}), no conflict. Ignored files never count, nor do
 * the files this run writes ({@link OwnFiles}): the check says which it left out.
 */
final class CleanTreeCheck extends GitCheck {

  static final int SHOWN = 10;

  private final boolean allowUntracked;
  private final OwnFiles own;

  CleanTreeCheck(CheckSpec spec, boolean allowUntracked, LazyProbe<GitProbe> probe) {
    this(spec, allowUntracked, probe, OwnFiles.NONE);
  }

  CleanTreeCheck(CheckSpec spec, boolean allowUntracked, LazyProbe<GitProbe> probe, OwnFiles own) {
    super(
        GitFamily.CLEAN_TREE,
        spec,
        "no staged or unstaged changes, no untracked files"
            + (allowUntracked ? " (untracked allowed)" : "")
            + ", no conflicts",
        probe);
    this.allowUntracked = allowUntracked;
    this.own = own;
  }

  @Override
  CheckResult collect(CheckContext context, LazyProbe<GitProbe> lazy) throws CannotObserve {
    GitProbe probe = lazy.get();
    context.activity("reading the working tree");
    GitProbe.OwnStatus o = probe.status(!allowUntracked, own);
    // Publishes the run's commit and branch (the status resolved HEAD's tree on its own thread,
    // beside the index parse; reading the HEAD ref again costs a file read).
    head(context, probe);
    return judge(o);
  }

  /** The verdict on the working tree's status, with the run's own files left out of it. */
  CheckResult judge(GitProbe.OwnStatus o) {
    TreeStatus s = o.status();
    String ownNote =
        o.present().isEmpty()
            ? ""
            : " (this run's own files not counted: " + String.join(", ", o.present()) + ")";
    if (s.clean()) {
      CheckResult pass =
          CheckResult.pass(
              this,
              "working tree clean"
                  + (allowUntracked ? " (untracked files are allowed by git.allow-untracked)" : "")
                  + ownNote);
      return o.present().isEmpty() ? pass : pass.withDetail("ownFiles", o.present());
    }
    Map<String, Object> details = details(s);
    if (!o.present().isEmpty()) {
      details.put("ownFiles", o.present());
    }
    return CheckResult.fail(this, message(s) + ownNote).withDetails(details);
  }

  static String message(TreeStatus s) {
    List<String> paths = s.paths();
    List<String> kinds = new ArrayList<>();
    count(kinds, s.conflicts().size(), "conflicted");
    count(kinds, s.staged().size(), "staged");
    count(kinds, s.unstaged().size(), "modified");
    count(kinds, s.untracked().size(), "untracked");
    StringBuilder b = new StringBuilder();
    b.append(paths.size())
        .append(paths.size() == 1 ? " uncommitted path (" : " uncommitted paths (")
        .append(String.join(", ", kinds))
        .append("): ");
    b.append(String.join(", ", paths.subList(0, Math.min(SHOWN, paths.size()))));
    if (paths.size() > SHOWN) {
      b.append(" and ").append(paths.size() - SHOWN).append(" more");
    }
    List<String> fixes = new ArrayList<>();
    if (!s.conflicts().isEmpty()) {
      fixes.add("resolve the conflicts and commit");
    }
    if (!s.staged().isEmpty() || !s.unstaged().isEmpty()) {
      fixes.add("commit or stash the changes");
    }
    if (!s.untracked().isEmpty()) {
      fixes.add(
          "commit, delete or .gitignore the untracked files (or set git.allow-untracked: true)");
    }
    b.append("; ").append(String.join("; ", fixes));
    return b.toString();
  }

  private static void count(List<String> kinds, int n, String what) {
    if (n > 0) {
      kinds.add(n + " " + what);
    }
  }

  static Map<String, Object> details(TreeStatus s) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("staged", s.staged().size());
    d.put("modified", s.unstaged().size());
    d.put("untracked", s.untracked().size());
    d.put("conflicts", s.conflicts().size());
    List<String> paths = s.paths();
    d.put("paths", List.copyOf(paths.subList(0, Math.min(SHOWN, paths.size()))));
    return d;
  }
}
