package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.GitConfig;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code git.version-order}: the release version is greater, by SemVer 2.0.0 precedence, than every
 * existing tag under the same prefix, local or remote. Tags that do not parse are ignored (and
 * counted); an equal version is not greater. The release's own tag at HEAD (a re-run) is not
 * compared with itself.
 */
final class VersionOrderCheck extends VersionCheck {

  private final String remote;

  VersionOrderCheck(
      CheckSpec spec,
      GitConfig.VersionRules rules,
      String remote,
      Optional<ReleaseVersion> version,
      Supplier<GitProbe> probe) {
    super(
        "version-order",
        spec,
        "the release version is greater than every release tag"
            + (rules.prefix().isEmpty() ? "" : " under prefix '" + rules.prefix() + "'"),
        rules,
        version,
        probe);
    this.remote = remote;
  }

  @Override
  CheckResult judge(CheckContext context, GitProbe probe, ReleaseVersion version)
      throws GitProbeException {
    String value = version.value();
    SemVer current;
    try {
      current = Versions.parse(value, rules.prefix());
    } catch (SemVer.InvalidVersionException e) {
      return CheckResult.fail(
          this,
          "cannot order version "
              + version.describe()
              + ": "
              + e.getMessage()
              + " (see git.version-format)");
    }
    Head head = head(context, probe);
    KnownTags tags = KnownTags.read(context, probe, remote);
    String prefix = rules.prefix();
    SemVer highest = null;
    String highestTag = null;
    int compared = 0;
    int ignored = 0;
    boolean rerun = false;
    for (String name : tags.names()) {
      if (!name.startsWith(prefix)) {
        continue; // another prefix: another line of releases
      }
      if (name.equals(value) && atHead(tags, name, head)) {
        rerun = true;
        continue;
      }
      Optional<SemVer> v = SemVer.tryParse(name.substring(prefix.length()));
      if (v.isEmpty()) {
        ignored++;
        continue;
      }
      compared++;
      if (highest == null || v.get().compareTo(highest) > 0) {
        highest = v.get();
        highestTag = name;
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("version", value);
    details.put("compared", compared);
    details.put("ignored", ignored);
    if (highestTag != null) {
      details.put("highest", highestTag);
    }
    String note =
        (ignored > 0
                ? "; " + ignored + " tag" + (ignored == 1 ? "" : "s") + " not SemVer ignored"
                : "")
            + (rerun ? "; its own tag at HEAD not counted (a re-run)" : "");
    if (highest == null) {
      return CheckResult.pass(
              this,
              value
                  + " is the first release"
                  + (prefix.isEmpty() ? "" : " under prefix '" + prefix + "'")
                  + " ("
                  + tags.scope()
                  + note
                  + ")")
          .withDetails(details);
    }
    int c = current.compareTo(highest);
    if (c > 0) {
      return CheckResult.pass(
              this,
              value
                  + " is greater than the highest existing version "
                  + highestTag
                  + " ("
                  + tags.scope()
                  + note
                  + ")")
          .withDetails(details);
    }
    return CheckResult.fail(
            this,
            value
                + (c == 0 ? " is equal in precedence to " : " is lower than ")
                + "the highest existing version "
                + highestTag
                + ": choose a version greater than "
                + highestTag
                + " ("
                + tags.scope()
                + note
                + ")")
        .withDetails(details);
  }

  private static boolean atHead(KnownTags tags, String name, Head head) {
    if (head.commit().isEmpty()) {
      return false;
    }
    for (KnownTags.Located l : tags.named(name)) {
      if (!l.tag().target().equals(head.commit().get())) {
        return false;
      }
    }
    return true;
  }
}
