package dev.releasesentinel.checks.git;

import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.ci.CiRun;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code git.tag-absent}: the release tag does not exist yet, locally or on the remote. A tag that
 * already points at HEAD passes: as the tag that triggered this run when the CI host says so
 * (GitHub's tag push, GitLab's {@code CI_COMMIT_TAG}, Jenkins' {@code TAG_NAME}, ...), else as a
 * re-run of the same release; one that points elsewhere fails naming both commits
 * (docs/checks/git.md).
 */
final class TagAbsentCheck extends VersionCheck {

  private final String remote;
  private final Environment environment;

  TagAbsentCheck(
      CheckSpec spec,
      GitConfig.VersionRules rules,
      String remote,
      Optional<ReleaseVersion> version,
      LazyProbe<GitProbe> probe) {
    this(spec, rules, remote, version, probe, Environment.of(Map.of()));
  }

  TagAbsentCheck(
      CheckSpec spec,
      GitConfig.VersionRules rules,
      String remote,
      Optional<ReleaseVersion> version,
      LazyProbe<GitProbe> probe,
      Environment environment) {
    super(
        GitFamily.TAG_ABSENT,
        spec,
        "the release tag does not exist yet, locally or on remote '" + remote + "'",
        rules,
        version,
        probe);
    this.remote = remote;
    this.environment = environment;
  }

  @Override
  CheckResult collect(CheckContext context, LazyProbe<GitProbe> lazy, ReleaseVersion version)
      throws CannotObserve {
    GitProbe probe = lazy.get();
    Head head = head(context, probe);
    if (head.commit().isEmpty()) {
      return CheckResult.error(this, "HEAD has no commit yet in " + head.path());
    }
    KnownTags tags = KnownTags.read(context, probe, remote, CiHost.detect(environment));
    return judge(version.value(), head.commit().get(), tags, CiHost.run(environment));
  }

  /** The verdict on the release tag {@code tag} among the known tags, HEAD being {@code commit}. */
  CheckResult judge(String tag, String commit, KnownTags tags, CiRun ci) {
    List<KnownTags.Located> found = tags.named(tag);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tag", tag);
    details.put("remote", tags.remote().configured() ? remote : "(none)");
    if (found.isEmpty()) {
      return CheckResult.pass(this, "tag " + tag + " does not exist yet (" + tags.scope() + ")")
          .withDetails(details);
    }
    for (KnownTags.Located l : found) {
      if (!l.tag().target().equals(commit)) {
        details.put("taggedCommit", l.tag().target());
        return CheckResult.fail(
                this,
                "tag "
                    + tag
                    + " already exists "
                    + l.where()
                    + " at "
                    + Head.shortId(l.tag().target())
                    + " (HEAD is "
                    + Head.shortId(commit)
                    + "): release a new version, or delete the tag if it was made by mistake")
            .withDetails(details);
      }
    }
    if (ci.triggeredBy(tag)) {
      details.put("note", "triggering tag");
      return CheckResult.pass(
              this,
              "tag "
                  + tag
                  + " points at HEAD "
                  + Head.shortId(commit)
                  + " ("
                  + found.get(0).where()
                  + "): the tag that triggered this run ("
                  + ci.tag().get().variable()
                  + ", "
                  + ci.host().title()
                  + ")")
          .withDetails(details);
    }
    details.put("note", "re-run");
    return CheckResult.pass(
            this,
            "tag "
                + tag
                + " already points at HEAD "
                + Head.shortId(commit)
                + " ("
                + found.get(0).where()
                + "): a re-run of the same release")
        .withDetails(details);
  }
}
