package dev.releasesentinel.checks.git;

import dev.releasesentinel.checks.git.CompareSet.VersionTag;
import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Deferred;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.version.SemVer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code git.version-order}: the release version is greater, by SemVer 2.0.0 precedence, than the
 * earlier releases of its own line (docs/checks/git.md, "git.version-order"): by default the
 * release tags HEAD descends from ({@link CompareSet}). Pre-releases of other lines never count; a
 * version equal in precedence to any existing release fails; tags that only look like versions are
 * counted and named, and with nothing else to compare the check cannot call the release the first.
 * In deploy mode the order is reported, never required.
 */
final class VersionOrderCheck extends VersionCheck {

  private final String remote;
  private final Environment environment;
  private final boolean deploy;

  VersionOrderCheck(
      CheckSpec spec,
      GitConfig.VersionRules rules,
      String remote,
      Optional<ReleaseVersion> version,
      LazyProbe<GitProbe> probe) {
    this(spec, rules, remote, version, probe, Environment.of(Map.of()), false);
  }

  VersionOrderCheck(
      CheckSpec spec,
      GitConfig.VersionRules rules,
      String remote,
      Optional<ReleaseVersion> version,
      LazyProbe<GitProbe> probe,
      Environment environment,
      boolean deploy) {
    super(
        GitFamily.VERSION_ORDER,
        spec,
        deploy
            ? "where the deployed release stands among the release tags (deploy: order not"
                + " required)"
            : "the release version is greater than the earlier releases of its line ("
                + rules.compareWith().key()
                + ")",
        rules,
        version,
        probe);
    this.remote = remote;
    this.environment = environment;
    this.deploy = deploy;
  }

  @Override
  CheckResult collect(CheckContext context, LazyProbe<GitProbe> lazy, ReleaseVersion version)
      throws CannotObserve, Deferred {
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
    GitProbe probe = lazy.get();
    Head head = head(context, probe);
    KnownTags tags = KnownTags.read(context, probe, remote, CiHost.detect(environment));
    Candidates candidates =
        Candidates.of(value, TagLine.of(value, rules.prefix()), tags, head, deploy);
    // HEAD's history is walked only when it can decide: not in deploy mode, not when the release
    // exists already, and only for compare-with: reachable.
    Optional<History> history =
        !deploy
                && candidates.equalTo(current).isEmpty()
                && CompareSet.needsHistory(rules.compareWith())
            ? Optional.of(History.read(probe, candidates.eligible(current)))
            : Optional.empty();
    CheckResult judged = judge(value, current, candidates, history);
    if (judged.status() == Status.FAIL && value.equals(judged.details().get("existing"))) {
      // The release tag itself exists: git.tag-absent's finding, reported there when it runs.
      throw new Deferred(
          judged, GitFamily.TAG_ABSENT.checkId(), "a release tag that does not exist yet");
    }
    return judged;
  }

  /**
   * The verdict on release {@code value} among the candidate tags; {@code history} is HEAD's where
   * the compare set needs it ({@link CompareSet#needsHistory}).
   */
  CheckResult judge(
      String value, SemVer current, Candidates candidates, Optional<History> history) {
    TagLine line = candidates.line();
    List<VersionTag> versions = candidates.versions();
    List<String> lookAlikes = candidates.lookAlikes();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("version", value);
    line.pkg().ifPresent(p -> details.put("package", p));
    Notes notes = new Notes(candidates.scope());
    if (!lookAlikes.isEmpty()) {
      details.put("ignored", lookAlikes.size());
      details.put("lookAlikes", List.copyOf(lookAlikes.subList(0, Math.min(5, lookAlikes.size()))));
      notes.add(
          (lookAlikes.size() == 1
                  ? "1 tag that only looks like a version"
                  : lookAlikes.size() + " tags that only look like versions")
              + " ignored: "
              + few(lookAlikes));
    }
    if (candidates.own()) {
      notes.add(
          deploy
              ? "its own tag not counted"
              : "its own tag at HEAD not counted (a re-run, or the tag that triggered this run)");
    }
    if (!deploy) {
      Optional<VersionTag> existing = candidates.equalTo(current);
      if (existing.isPresent()) {
        VersionTag t = existing.get();
        details.put("existing", t.name());
        return CheckResult.fail(
                this,
                value
                    + " is equal in precedence to the existing release "
                    + t.name()
                    + " (at "
                    + Head.shortId(t.target())
                    + "): choose a version that is not released yet ("
                    + notes
                    + ")")
            .withDetails(details);
      }
    }
    // Pre-releases of other MAJOR.MINOR lines never block a release of this one.
    List<VersionTag> eligible = candidates.eligible(current);
    if (eligible.size() < versions.size()) {
      details.put("otherLinePreReleases", versions.size() - eligible.size());
      notes.add(
          count(versions.size() - eligible.size(), "pre-release") + " of other lines not counted");
    }
    if (deploy) {
      return deployed(value, eligible, notes, details);
    }
    CompareSet set =
        CompareSet.choose(
            rules.compareWith(), eligible, current, line, history, CiHost.detect(environment));
    details.put("compareWith", rules.compareWith().key());
    details.put("comparedWith", set.name());
    set.fallback().ifPresent(f -> details.put("fallback", f));
    details.put("compared", set.tags().size());
    notes.first(set.why());
    VersionTag highest = highest(set.tags());
    if (highest == null) {
      if (versions.isEmpty() && !lookAlikes.isEmpty()) {
        return CheckResult.fail(
                this,
                "cannot tell whether "
                    + value
                    + " is the first release: no tag is a version of its line, but "
                    + count(lookAlikes.size(), "tag")
                    + " look like versions ("
                    + few(lookAlikes)
                    + "). If they are earlier releases, set git.version.prefix to their prefix"
                    + " (v1.2.3 and 1.2.3 count alike); if this is the first release, set"
                    + " git.version.must-increase: false for it ("
                    + notes
                    + ")")
            .withDetails(details);
      }
      return CheckResult.pass(
              this,
              value
                  + " is the first release of "
                  + (versions.isEmpty() ? describeLine(line) : set.name())
                  + " ("
                  + notes
                  + ")")
          .withDetails(details);
    }
    details.put("highest", highest.name());
    int c = current.compareTo(highest.version());
    String of = ", the highest of " + set.name();
    if (c > 0) {
      return CheckResult.pass(
              this, value + " is greater than " + highest.name() + of + " (" + notes + ")")
          .withDetails(details);
    }
    String hint = PreReleaseHint.explain(current, highest.version()).map(h -> "; " + h).orElse("");
    return CheckResult.fail(
            this,
            value
                + " is lower than "
                + highest.name()
                + of
                + ": choose a version greater than "
                + highest.name()
                + hint
                + " ("
                + notes
                + ")")
        .withDetails(details);
  }

  /** Deploy mode: where the release stands, never a failure. */
  private CheckResult deployed(
      String value, List<VersionTag> eligible, Notes notes, Map<String, Object> details) {
    VersionTag highest = highest(eligible);
    notes.first("deploy: the order is not required");
    SemVer current = Versions.parse(value, rules.prefix());
    if (highest != null && current.compareTo(highest.version()) < 0) {
      details.put("highest", highest.name());
      details.put("note", "rollback");
      return CheckResult.pass(
              this,
              "deploying "
                  + value
                  + ", an earlier release than "
                  + highest.name()
                  + ": a rollback ("
                  + notes
                  + ")")
          .withDetails(details);
    }
    details.put("note", "latest");
    return CheckResult.pass(this, "deploying " + value + ", the latest release (" + notes + ")")
        .withDetails(details);
  }

  private String describeLine(TagLine line) {
    return line.pkg().map(p -> "package '" + p + "'").orElse("this repository")
        + (rules.prefix().isEmpty() ? "" : " under prefix '" + rules.prefix() + "'");
  }

  private static VersionTag highest(List<VersionTag> tags) {
    VersionTag h = null;
    for (VersionTag t : tags) {
      if (h == null || t.version().compareTo(h.version()) > 0) {
        h = t;
      }
    }
    return h;
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static String few(List<String> names) {
    return String.join(", ", names.subList(0, Math.min(3, names.size())))
        + (names.size() > 3 ? ", ..." : "");
  }

  /** The parenthesis after a message: why this set, where the tags came from, what was left out. */
  private static final class Notes {
    private final List<String> parts = new ArrayList<>();

    Notes(String scope) {
      parts.add(scope);
    }

    void add(String note) {
      parts.add(note);
    }

    void first(String note) {
      parts.add(0, note);
    }

    @Override
    public String toString() {
      return String.join("; ", parts);
    }
  }
}
