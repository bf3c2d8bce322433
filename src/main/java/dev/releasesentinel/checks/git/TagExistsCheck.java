package dev.releasesentinel.checks.git;

import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.LazyProbe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code git.tag-exists}, in deploy mode in place of {@code git.tag-absent}: the release being
 * deployed exists, its tag points at HEAD, and the remote has it at the same commit (a tag only
 * made locally was never released). docs/checks/git.md, "Release or deploy".
 */
final class TagExistsCheck extends VersionCheck {

  private final String remote;

  TagExistsCheck(
      CheckSpec spec,
      GitConfig.VersionRules rules,
      String remote,
      Optional<ReleaseVersion> version,
      LazyProbe<GitProbe> probe) {
    super(
        GitFamily.TAG_EXISTS,
        spec,
        "the release tag exists at HEAD, locally and on remote '" + remote + "' (deploy)",
        rules,
        version,
        probe);
    this.remote = remote;
  }

  @Override
  CheckResult collect(CheckContext context, LazyProbe<GitProbe> lazy, ReleaseVersion version)
      throws CannotObserve {
    GitProbe probe = lazy.get();
    Head head = head(context, probe);
    if (head.commit().isEmpty()) {
      return CheckResult.error(this, "HEAD has no commit yet in " + head.path());
    }
    KnownTags tags = KnownTags.read(context, probe, remote, CiHost.NONE);
    return judge(version.value(), head.commit().get(), tags);
  }

  /** The verdict on the release tag {@code tag} among the known tags, HEAD being {@code commit}. */
  CheckResult judge(String tag, String commit, KnownTags tags) {
    List<KnownTags.Located> found = tags.named(tag);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tag", tag);
    details.put("remote", tags.remote().configured() ? remote : "(none)");
    if (found.isEmpty()) {
      return CheckResult.fail(
              this,
              "tag "
                  + tag
                  + " does not exist ("
                  + tags.scope()
                  + "): a deploy deploys an existing release; release it first (create and push"
                  + " the tag), or drop --deploy (git.deploy) to gate a new release")
          .withDetails(details);
    }
    for (KnownTags.Located l : found) {
      if (!l.tag().target().equals(commit)) {
        details.put("taggedCommit", l.tag().target());
        return CheckResult.fail(
                this,
                "tag "
                    + tag
                    + " "
                    + l.where()
                    + " points at "
                    + Head.shortId(l.tag().target())
                    + ", not at HEAD "
                    + Head.shortId(commit)
                    + ": check out the release (git checkout "
                    + tag
                    + ") before deploying it")
            .withDetails(details);
      }
    }
    boolean onRemote = tags.remote().tags().stream().anyMatch(t -> t.name().equals(tag));
    if (tags.remote().configured() && !onRemote) {
      return CheckResult.fail(
              this,
              "tag "
                  + tag
                  + " exists only locally, not on remote '"
                  + remote
                  + "' ("
                  + tags.remote().url()
                  + "): push it (git push "
                  + remote
                  + " "
                  + tag
                  + ") so that the release is recorded before it is deployed")
          .withDetails(details);
    }
    return CheckResult.pass(
            this,
            "tag "
                + tag
                + " points at HEAD "
                + Head.shortId(commit)
                + " ("
                + (onRemote ? "on remote '" + remote + "'" : tags.scope())
                + "): deploying an existing release")
        .withDetails(details);
  }
}
