package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.GitConfig;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code git.tag-absent}: the release tag does not exist yet, locally or on the remote. A tag that
 * already points at HEAD passes with a note (a re-run of the same release); one that points
 * elsewhere fails naming both commits (spec section 3.1).
 */
final class TagAbsentCheck extends VersionCheck {

  private final String remote;

  TagAbsentCheck(
      CheckSpec spec,
      GitConfig.VersionRules rules,
      String remote,
      Optional<ReleaseVersion> version,
      Supplier<GitProbe> probe) {
    super(
        "tag-absent",
        spec,
        "the release tag does not exist yet, locally or on remote '" + remote + "'",
        rules,
        version,
        probe);
    this.remote = remote;
  }

  @Override
  CheckResult judge(CheckContext context, GitProbe probe, ReleaseVersion version)
      throws GitProbeException {
    String tag = version.value();
    Head head = head(context, probe);
    if (head.commit().isEmpty()) {
      return CheckResult.error(this, "HEAD has no commit yet in " + head.path());
    }
    String commit = head.commit().get();
    KnownTags tags = KnownTags.read(context, probe, remote);
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
