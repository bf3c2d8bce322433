package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code git.branch}: the commit being released is on an allowed branch. The branch is HEAD's, else
 * the one CI names, else any local or remote-tracking branch that contains HEAD (spec 3.1).
 */
final class BranchCheck extends GitCheck {

  private final List<String> allowed;
  private final Environment environment;

  BranchCheck(
      CheckSpec spec, List<String> allowed, Environment environment, Supplier<GitProbe> probe) {
    super("branch", spec, "HEAD is on an allowed branch: " + String.join(", ", allowed), probe);
    this.allowed = List.copyOf(allowed);
    this.environment = environment;
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
    List<String> tried = new ArrayList<>();
    tried.add("HEAD is detached at " + commit);
    Optional<String> ref = environment.nonEmpty("GITHUB_REF");
    tried.add(
        ciIgnored.orElseGet(
            () ->
                "no CI variable names a branch ("
                    + CiBranch.VARIABLES
                    + (ref.isPresent() ? "; GITHUB_REF is " + ref.get() : "")
                    + ")"));
    boolean shallow = probe.shallow();
    tried.add(
        "no local or remote-tracking branch contains it"
            + (shallow ? " (this is a shallow clone)" : ""));
    return CheckResult.fail(
            this,
            "cannot tell which branch HEAD is on: "
                + String.join("; ", tried)
                + ". Fix: fetch the branches (actions/checkout: fetch-depth: 0), or set"
                + " BRANCH_NAME to the branch being released")
        .withDetails(Map.of("allowed", allowed, "shallow", shallow));
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
