package dev.releasesentinel.checks.git;

import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code git.branch}: the commit being released is on an allowed branch. The branch is HEAD's, else
 * the one CI names, else any local or remote-tracking branch that contains HEAD, else the remote's
 * branches (docs/checks/git.md, "git.branch"). Missing history is an ERROR with the CI host's fix,
 * never a FAIL.
 */
final class BranchCheck extends GitCheck {

  private final List<String> allowed;
  private final Environment environment;
  private final String remote;

  BranchCheck(
      CheckSpec spec,
      List<String> allowed,
      Environment environment,
      String remote,
      LazyProbe<GitProbe> probe) {
    super(
        GitFamily.BRANCH,
        spec,
        "HEAD is on an allowed branch: " + String.join(", ", allowed),
        probe);
    this.allowed = List.copyOf(allowed);
    this.environment = environment;
    this.remote = remote;
  }

  @Override
  CheckResult collect(CheckContext context, LazyProbe<GitProbe> lazy) throws CannotObserve {
    GitProbe probe = lazy.get();
    Head head = head(context, probe);
    Optional<CheckResult> decided = byName(head);
    if (decided.isEmpty()) {
      context.activity("looking for branches that contain " + commit(head));
      List<String> containing = List.copyOf(new LinkedHashSet<>(probe.branchesContainingHead()));
      decided = byContaining(head, containing);
      if (decided.isEmpty()) {
        decided =
            Optional.of(byRemote(head, RemoteBranches.read(context, probe, remote, allowed, head)));
      }
    }
    CheckResult r = decided.get();
    // The branch the check found (HEAD's, the one CI names, or one that holds HEAD) is its detail.
    if (r.details().get("branch") instanceof String b) {
      context.fact(FACT_BRANCH, b);
    }
    return r;
  }

  /**
   * The verdict from what was read: HEAD, the local and remote-tracking branches that contain it,
   * and (when those do not decide) the remote's branches. The collector reads each part only when
   * the earlier ones do not decide; a verdict never depends on a part it did not need.
   */
  CheckResult judge(Head head, List<String> containing, Optional<RemoteBranches> remote) {
    return byName(head)
        .or(() -> byContaining(head, containing))
        .orElseGet(() -> byRemote(head, remote.orElseThrow()));
  }

  private static String commit(Head head) {
    return head.commit().map(Head::shortId).orElse("(no commit yet)");
  }

  /** Why the branch CI names was not taken, if it names one that is not about HEAD. */
  private Optional<String> ciIgnored(Head head) {
    if (head.branch().isPresent()) {
      return Optional.empty();
    }
    return CiBranch.from(environment).flatMap(ci -> ci.notAbout(head.commit()));
  }

  /** Decided by name: HEAD's branch, else the branch CI names for HEAD, else "**". */
  private Optional<CheckResult> byName(Head head) {
    if (head.branch().isPresent()) {
      return Optional.of(judgeNamed(head.branch().get(), "HEAD"));
    }
    Optional<CiBranch> ci = CiBranch.from(environment);
    if (ci.isPresent() && ci.get().notAbout(head.commit()).isEmpty()) {
      return Optional.of(judgeNamed(ci.get().name(), ci.get().variable()));
    }
    if (BranchGlob.allowsAny(allowed)) {
      return Optional.of(
          CheckResult.pass(
                  this,
                  "every branch is allowed (**); HEAD is detached at "
                      + commit(head)
                      + " and its branch is not known")
              .withDetail("allowed", allowed));
    }
    return Optional.empty();
  }

  /** Decided by the local and remote-tracking branches that contain HEAD, if there are any. */
  private Optional<CheckResult> byContaining(Head head, List<String> containing) {
    if (containing.isEmpty()) {
      return Optional.empty();
    }
    String commit = commit(head);
    for (String b : containing) {
      Optional<String> match = BranchGlob.firstMatch(allowed, b);
      if (match.isPresent()) {
        return Optional.of(
            CheckResult.pass(
                    this,
                    "HEAD "
                        + commit
                        + " is on branch "
                        + b
                        + " (allowed by '"
                        + match.get()
                        + "'; HEAD is detached, found in "
                        + String.join(", ", containing)
                        + ")")
                .withDetails(Map.of("branch", b, "source", "contains", "allowed", allowed)));
      }
    }
    return Optional.of(
        CheckResult.fail(
                this,
                "HEAD "
                    + commit
                    + " is only on "
                    + String.join(", ", containing)
                    + ", none of which is allowed ("
                    + String.join(", ", allowed)
                    + "): release from an allowed branch, or add the branch to git.branches"
                    + ciIgnored(head).map(why -> " (" + why + ")").orElse(""))
            .withDetails(Map.of("branches", containing, "allowed", allowed)));
  }

  /**
   * No branch here contains HEAD: the remote's branches decide (a tag build fetches no branch).
   * HEAD at, or in the history of, an allowed remote branch passes; allowed branches whose history
   * is all here and does not hold HEAD fail; anything else is missing data, an ERROR with the CI
   * host's own fix.
   */
  private CheckResult byRemote(Head head, RemoteBranches r) {
    String commit = commit(head);
    CiHost host = CiHost.detect(environment);
    List<String> unknown = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (Map.Entry<Tag, Optional<Boolean>> e : r.headIn().entrySet()) {
      Tag b = e.getKey();
      Optional<Boolean> in = e.getValue();
      if (in.isPresent() && in.get()) {
        return CheckResult.pass(
                this,
                "HEAD "
                    + commit
                    + " is on branch "
                    + b.name()
                    + " of remote '"
                    + remote
                    + "' (allowed by '"
                    + BranchGlob.firstMatch(allowed, b.name()).orElseThrow()
                    + "'; HEAD is detached and no local branch holds it"
                    + (b.target().startsWith(commit) ? ", it is that branch's tip" : "")
                    + ")")
            .withDetails(
                Map.of("branch", b.name(), "source", "remote " + remote, "allowed", allowed));
      }
      (in.isEmpty() ? unknown : without).add(b.name());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("allowed", allowed);
    details.put("shallow", r.shallow());
    details.put("ciHost", host.title());
    String tried =
        "HEAD is detached at "
            + commit
            + "; "
            + ciIgnored(head).orElse("no CI variable names a branch (" + CiBranch.VARIABLES + ")")
            + "; no local or remote-tracking branch contains it"
            + (r.shallow() ? " (this is a shallow clone)" : "");
    if (r.listing().configured() && unknown.isEmpty()) {
      details.put("remoteBranches", without);
      return CheckResult.fail(
              this,
              "HEAD "
                  + commit
                  + " is on no allowed branch ("
                  + String.join(", ", allowed)
                  + ") of remote '"
                  + remote
                  + "'"
                  + (without.isEmpty()
                      ? ": it has no such branch"
                      : ": " + String.join(", ", without) + " do not contain it")
                  + ". Release from an allowed branch, or add the branch to git.branches")
          .withDetails(details);
    }
    details.put("notInThisClone", unknown);
    return CheckResult.error(
            this,
            "cannot tell which branch HEAD is on: "
                + tried
                + (r.listing().configured()
                    ? "; the history of remote '"
                        + remote
                        + "' branch"
                        + (unknown.size() == 1 ? " " : "es ")
                        + String.join(", ", unknown)
                        + " is not in this clone"
                    : "; there is no remote '" + remote + "' to ask")
                + ". "
                + host.title()
                + ": "
                + host.checkout()
                + ". Fix: "
                + host.fix())
        .withDetails(details);
  }

  private CheckResult judgeNamed(String branch, String source) {
    String from = source.equals("HEAD") ? "" : " (from " + source + ")";
    if (BranchGlob.allowsAny(allowed)) {
      return CheckResult.pass(this, "on branch " + branch + from + "; every branch is allowed (**)")
          .withDetails(Map.of("branch", branch, "source", source));
    }
    Optional<String> match = BranchGlob.firstMatch(allowed, branch);
    if (match.isPresent()) {
      return CheckResult.pass(
              this, "on branch " + branch + from + ", allowed by '" + match.get() + "'")
          .withDetails(Map.of("branch", branch, "source", source));
    }
    return CheckResult.fail(
            this,
            "branch "
                + branch
                + from
                + " is not an allowed release branch ("
                + String.join(", ", allowed)
                + "): release from an allowed branch, or add it to git.branches")
        .withDetails(Map.of("branch", branch, "source", source, "allowed", allowed));
  }
}
