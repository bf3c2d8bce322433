package dev.releasesentinel.checks.git;

import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
      Supplier<GitProbe> probe) {
    super("branch", spec, "HEAD is on an allowed branch: " + String.join(", ", allowed), probe);
    this.allowed = List.copyOf(allowed);
    this.environment = environment;
    this.remote = remote;
  }

  @Override
  CheckResult judge(CheckContext context, GitProbe probe) throws GitProbeException {
    Head head = head(context, probe);
    String commit = head.commit().map(Head::shortId).orElse("(no commit yet)");
    boolean any = BranchGlob.allowsAny(allowed);
    String branch = null;
    String source = null;
    Optional<String> ciIgnored = Optional.empty();
    if (head.branch().isPresent()) {
      branch = head.branch().get();
      source = "HEAD";
    } else {
      Optional<CiBranch> ci = CiBranch.from(environment);
      if (ci.isPresent()) {
        ciIgnored = ci.get().notAbout(head.commit());
        if (ciIgnored.isEmpty()) {
          branch = ci.get().name();
          source = ci.get().variable();
          context.fact(FACT_BRANCH, branch);
        }
      }
    }
    if (branch != null) {
      return judgeNamed(branch, source);
    }
    if (any) {
      return CheckResult.pass(
              this,
              "every branch is allowed (**); HEAD is detached at "
                  + commit
                  + " and its branch is not known")
          .withDetail("allowed", allowed);
    }
    context.activity("looking for branches that contain " + commit);
    List<String> containing = List.copyOf(new LinkedHashSet<>(probe.branchesContainingHead()));
    if (!containing.isEmpty()) {
      for (String b : containing) {
        Optional<String> match = BranchGlob.firstMatch(allowed, b);
        if (match.isPresent()) {
          context.fact(FACT_BRANCH, b);
          return CheckResult.pass(
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
              .withDetails(Map.of("branch", b, "source", "contains", "allowed", allowed));
        }
      }
      return CheckResult.fail(
              this,
              "HEAD "
                  + commit
                  + " is only on "
                  + String.join(", ", containing)
                  + ", none of which is allowed ("
                  + String.join(", ", allowed)
                  + "): release from an allowed branch, or add the branch to git.branches"
                  + ciIgnored.map(why -> " (" + why + ")").orElse(""))
          .withDetails(Map.of("branches", containing, "allowed", allowed));
    }
    return fromRemote(context, probe, commit, ciIgnored);
  }

  /**
   * No branch here contains HEAD: the remote's branches decide (a tag build fetches no branch).
   * HEAD at, or in the history of, an allowed remote branch passes; allowed branches whose history
   * is all here and does not hold HEAD fail; anything else is missing data, an ERROR with the CI
   * host's own fix.
   */
  private CheckResult fromRemote(
      CheckContext context, GitProbe probe, String commit, Optional<String> ciIgnored)
      throws GitProbeException {
    CiHost host = CiHost.detect(environment);
    boolean shallow = probe.shallow();
    context.activity("listing the branches of remote '" + remote + "'");
    RemoteTags r = probe.remoteTags(remote, remoteTimeout(context));
    List<String> unknown = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (Tag b : r.heads()) {
      Optional<String> match = BranchGlob.firstMatch(allowed, b.name());
      if (match.isEmpty()) {
        continue;
      }
      context.activity("looking for " + commit + " in remote branch " + b.name());
      Optional<Boolean> in = probe.headIsAncestorOf(b.target());
      if (in.isPresent() && in.get()) {
        context.fact(FACT_BRANCH, b.name());
        return CheckResult.pass(
                this,
                "HEAD "
                    + commit
                    + " is on branch "
                    + b.name()
                    + " of remote '"
                    + remote
                    + "' (allowed by '"
                    + match.get()
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
    details.put("shallow", shallow);
    details.put("ciHost", host.title());
    String tried =
        "HEAD is detached at "
            + commit
            + "; "
            + ciIgnored.orElse("no CI variable names a branch (" + CiBranch.VARIABLES + ")")
            + "; no local or remote-tracking branch contains it"
            + (shallow ? " (this is a shallow clone)" : "");
    if (r.configured() && unknown.isEmpty()) {
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
                + (r.configured()
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
