package dev.releasesentinel.ci;

import java.util.Optional;

/** Each host's variables read into a {@link CiRun} (docs/ci-hosts.md lists them). */
final class Hosts {

  private static final String HEADS = "refs/heads/";
  private static final String TAGS = "refs/tags/";
  private static final String PULL = "refs/pull/";

  private Hosts() {}

  private static CiRun run(
      CiHost host,
      Optional<CiRun.Named> branch,
      Optional<CiRun.Named> tag,
      Optional<CiRun.Named> commit,
      Optional<String> pr,
      Optional<String> target) {
    CiRun.Trigger trigger =
        tag.isPresent()
            ? CiRun.Trigger.TAG
            : pr.isPresent()
                ? CiRun.Trigger.PULL_REQUEST
                : branch.isPresent() ? CiRun.Trigger.BRANCH : CiRun.Trigger.UNKNOWN;
    return new CiRun(host, trigger, branch, tag, commit, pr, target);
  }

  /** {@code refs/heads/x} is {@code x}, named after its variable. */
  private static Optional<CiRun.Named> under(CiHost.Vars v, String var, String prefix) {
    return v.get(var)
        .filter(r -> r.startsWith(prefix) && r.length() > prefix.length())
        .map(r -> new CiRun.Named(r.substring(prefix.length()), var));
  }

  /** A pull request ref {@code refs/pull/N/merge}: N. */
  private static Optional<String> pullNumber(String ref) {
    if (!ref.startsWith(PULL)) {
      return Optional.empty();
    }
    String rest = ref.substring(PULL.length());
    int slash = rest.indexOf('/');
    return Optional.of(slash < 0 ? rest : rest.substring(0, slash));
  }

  static CiRun none(CiHost.Vars v) {
    return CiRun.none(CiHost.NONE);
  }

  static CiRun github(CiHost.Vars v) {
    CiHost h = CiHost.GITHUB_ACTIONS;
    Optional<CiRun.Named> sha = v.named("GITHUB_SHA");
    Optional<CiRun.Named> tag = under(v, "GITHUB_REF", TAGS);
    if (tag.isPresent()) {
      return run(h, Optional.empty(), tag, sha, Optional.empty(), Optional.empty());
    }
    Optional<String> pr = v.get("GITHUB_REF").flatMap(Hosts::pullNumber);
    Optional<CiRun.Named> head = v.named("GITHUB_HEAD_REF");
    if (pr.isPresent() || head.isPresent()) {
      // GITHUB_SHA is the merge commit there, not a commit of the source branch.
      return run(
          h,
          head,
          Optional.empty(),
          Optional.empty(),
          Optional.of(pr.orElse("?")),
          v.get("GITHUB_BASE_REF"));
    }
    return run(
        h,
        under(v, "GITHUB_REF", HEADS),
        Optional.empty(),
        sha,
        Optional.empty(),
        Optional.empty());
  }

  static CiRun gitlab(CiHost.Vars v) {
    CiHost h = CiHost.GITLAB_CI;
    Optional<CiRun.Named> sha = v.named("CI_COMMIT_SHA");
    Optional<CiRun.Named> tag = v.named("CI_COMMIT_TAG");
    if (tag.isPresent()) {
      return run(h, Optional.empty(), tag, sha, Optional.empty(), Optional.empty());
    }
    Optional<String> mr = v.get("CI_MERGE_REQUEST_IID");
    if (mr.isPresent()) {
      return run(
          h,
          v.named("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"),
          Optional.empty(),
          sha,
          mr,
          v.get("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"));
    }
    return run(h, v.named("CI_COMMIT_BRANCH"), Optional.empty(), sha, mr, Optional.empty());
  }

  static CiRun jenkins(CiHost.Vars v) {
    CiHost h = CiHost.JENKINS;
    Optional<CiRun.Named> sha = v.named("GIT_COMMIT");
    // A multibranch tag build sets BRANCH_NAME to the tag's name too: it names no branch.
    Optional<CiRun.Named> tag = v.named("TAG_NAME");
    if (tag.isPresent()) {
      return run(h, Optional.empty(), tag, sha, Optional.empty(), Optional.empty());
    }
    Optional<String> change = v.get("CHANGE_ID");
    if (change.isPresent()) {
      return run(
          h, v.named("CHANGE_BRANCH"), Optional.empty(), sha, change, v.get("CHANGE_TARGET"));
    }
    Optional<CiRun.Named> branch = v.named("BRANCH_NAME");
    if (branch.isEmpty()) {
      // A plain pipeline's Git plugin: GIT_BRANCH is the remote-tracking name, origin/main.
      branch =
          v.named("GIT_LOCAL_BRANCH")
              .or(
                  () ->
                      v.get("GIT_BRANCH")
                          .map(b -> b.startsWith("refs/heads/") ? b.substring(11) : b)
                          .map(b -> b.contains("/") ? b.substring(b.indexOf('/') + 1) : b)
                          .map(b -> new CiRun.Named(b, "GIT_BRANCH")));
    }
    return run(h, branch, Optional.empty(), sha, Optional.empty(), Optional.empty());
  }

  static CiRun azure(CiHost.Vars v) {
    CiHost h = CiHost.AZURE_PIPELINES;
    Optional<CiRun.Named> sha = v.named("BUILD_SOURCEVERSION");
    Optional<CiRun.Named> tag = under(v, "BUILD_SOURCEBRANCH", TAGS);
    if (tag.isPresent()) {
      return run(h, Optional.empty(), tag, sha, Optional.empty(), Optional.empty());
    }
    Optional<String> pr =
        v.get("SYSTEM_PULLREQUEST_PULLREQUESTNUMBER")
            .or(() -> v.get("SYSTEM_PULLREQUEST_PULLREQUESTID"))
            .or(() -> v.get("BUILD_SOURCEBRANCH").flatMap(Hosts::pullNumber));
    if (pr.isPresent()) {
      Optional<CiRun.Named> source =
          under(v, "SYSTEM_PULLREQUEST_SOURCEBRANCH", HEADS)
              .or(() -> v.named("SYSTEM_PULLREQUEST_SOURCEBRANCH"));
      Optional<String> target =
          v.get("SYSTEM_PULLREQUEST_TARGETBRANCH")
              .map(t -> t.startsWith(HEADS) ? t.substring(HEADS.length()) : t);
      return run(h, source, Optional.empty(), Optional.empty(), pr, target);
    }
    return run(
        h,
        under(v, "BUILD_SOURCEBRANCH", HEADS),
        Optional.empty(),
        sha,
        Optional.empty(),
        Optional.empty());
  }

  static CiRun circle(CiHost.Vars v) {
    CiHost h = CiHost.CIRCLECI;
    Optional<CiRun.Named> sha = v.named("CIRCLE_SHA1");
    Optional<CiRun.Named> tag = v.named("CIRCLE_TAG");
    if (tag.isPresent()) {
      return run(h, Optional.empty(), tag, sha, Optional.empty(), Optional.empty());
    }
    Optional<String> pr =
        v.get("CIRCLE_PR_NUMBER")
            .or(() -> v.get("CIRCLE_PULL_REQUEST").map(u -> u.substring(u.lastIndexOf('/') + 1)));
    return run(h, v.named("CIRCLE_BRANCH"), Optional.empty(), sha, pr, Optional.empty());
  }

  static CiRun bitbucket(CiHost.Vars v) {
    CiHost h = CiHost.BITBUCKET_PIPELINES;
    Optional<CiRun.Named> sha = v.named("BITBUCKET_COMMIT");
    Optional<CiRun.Named> tag = v.named("BITBUCKET_TAG");
    if (tag.isPresent()) {
      return run(h, Optional.empty(), tag, sha, Optional.empty(), Optional.empty());
    }
    return run(
        h,
        v.named("BITBUCKET_BRANCH"),
        Optional.empty(),
        sha,
        v.get("BITBUCKET_PR_ID"),
        v.get("BITBUCKET_PR_DESTINATION_BRANCH"));
  }

  static CiRun buildkite(CiHost.Vars v) {
    CiHost h = CiHost.BUILDKITE;
    Optional<CiRun.Named> sha =
        v.named("BUILDKITE_COMMIT").filter(c -> c.value().matches("[0-9a-fA-F]{7,64}"));
    // A tag build sets BUILDKITE_BRANCH to the tag's name too: it names no branch.
    Optional<CiRun.Named> tag = v.named("BUILDKITE_TAG");
    if (tag.isPresent()) {
      return run(h, Optional.empty(), tag, sha, Optional.empty(), Optional.empty());
    }
    Optional<String> pr = v.get("BUILDKITE_PULL_REQUEST").filter(p -> !p.equals("false"));
    return run(
        h,
        v.named("BUILDKITE_BRANCH"),
        Optional.empty(),
        sha,
        pr,
        pr.isPresent() ? v.get("BUILDKITE_PULL_REQUEST_BASE_BRANCH") : Optional.empty());
  }
}
