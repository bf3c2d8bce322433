package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.SchemaNode;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.config.ValueType;
import dev.releasesentinel.engine.Severity;
import java.util.Arrays;
import java.util.List;

/** The keys of the {@code git} section (docs/config.md, "git"), declared once. */
final class GitKeys {

  private GitKeys() {}

  static final Key<Severity> SEVERITY =
      Key.of(
              "severity",
              Types.SEVERITY,
              "The severity of the git checks that set none of their own.")
          .byDefault("block")
          .example("severity: critical");

  /** {@code key: true | false | { enabled, severity }}. */
  static Shape toggle(String check) {
    return Shape.of(
        check + " with its own settings.",
        Key.of("enabled", Types.BOOLEAN, "false turns " + check + " off.")
            .byDefault(true)
            .example("enabled: false"),
        Key.of("severity", Types.SEVERITY, "The severity of " + check + ".")
            .example("severity: warn"));
  }

  static final Shape CLEAN_TREE_TOGGLE = toggle("git.clean-tree");
  static final Shape TAG_ABSENT_TOGGLE = toggle("git.tag-absent (git.tag-exists in deploy mode)");

  private static ValueType<Node> toggleType(Shape shape) {
    return CompositeTypes.anyOf(Types.BOOLEAN, CompositeTypes.map(shape));
  }

  static final Key<Node> CLEAN_TREE =
      Key.of(
              "clean-tree",
              toggleType(CLEAN_TREE_TOGGLE),
              "git.clean-tree: no uncommitted changes in the work tree. false turns it off; a map"
                  + " keeps it on with its own severity.")
          .byDefault(true)
          .example("clean-tree: { severity: warn }");

  static final Key<Boolean> ALLOW_UNTRACKED =
      Key.of(
              "allow-untracked",
              Types.BOOLEAN,
              "Untracked files do not make the work tree dirty for git.clean-tree.")
          .byDefault(false)
          .example("allow-untracked: true");

  static final Key<List<String>> BRANCHES =
      Key.of(
              "branches",
              CompositeTypes.refined(
                  CompositeTypes.list(Types.STRING),
                  o -> {
                    o.put("minItems", 1);
                    ((SchemaNode) o.get("items")).put("pattern", "\\S");
                    return o;
                  }),
              "git.branch: glob patterns the release branch must match; * stays inside one path"
                  + " segment, ** crosses /; [\"**\"] allows every branch. An empty list is an"
                  + " error.")
          .byDefault(GitConfig.DEFAULT_BRANCHES)
          .example("branches: [main, \"release/*\", \"hotfix/**\"]");

  static final Key<String> REMOTE =
      Key.of(
              "remote",
              Types.STRING,
              "The remote whose tags and branches are read too (a shallow CI clone has few of"
                  + " them locally).")
          .byDefault("origin")
          .example("remote: upstream");

  static final Key<String> FORMAT =
      Key.of(
              "format",
              Types.oneOf(
                  List.of("semver", "strict"),
                  "format",
                  " (semver = SemVer 2.0.0; strict = MAJOR.MINOR.PATCH only)"),
              "semver: SemVer 2.0.0; strict: MAJOR.MINOR.PATCH only.")
          .byDefault("semver")
          .example("format: strict");

  static final Key<String> PREFIX =
      Key.of(
              "prefix",
              Types.STRING,
              "The prefix every release tag has before the version; \"\" allows none.")
          .byDefault("v")
          .example("prefix: \"\"");

  static final Key<String> COMPARE_WITH =
      Key.of(
              "compare-with",
              Types.oneOf(
                  Arrays.stream(GitConfig.CompareWith.values())
                      .map(GitConfig.CompareWith::key)
                      .toList(),
                  "value",
                  " (reachable = the releases HEAD descends from; minor, major = the same"
                      + " MAJOR.MINOR or MAJOR line; all = every release tag)"),
              "Which earlier releases git.version-order compares with: reachable (those HEAD"
                  + " descends from), minor or major (the same line), all (every release tag).")
          .byDefault("reachable")
          .example("compare-with: minor");

  static final Key<Boolean> PRERELEASE =
      Key.of("prerelease", Types.BOOLEAN, "Pre-release versions such as v1.4.0-rc.1 are allowed.")
          .byDefault(true)
          .example("prerelease: false");

  static final Key<Boolean> REQUIRED =
      Key.of(
              "required",
              Types.BOOLEAN,
              "A run without a release version fails git.version-format; false skips the"
                  + " version checks instead.")
          .byDefault(true)
          .example("required: false");

  static final Key<Boolean> MUST_INCREASE =
      Key.of(
              "must-increase",
              Types.BOOLEAN,
              "git.version-order: the version is higher than the earlier releases of its line.")
          .byDefault(true)
          .example("must-increase: false");

  static final Key<Severity> VERSION_SEVERITY =
      Key.of(
              "severity",
              Types.SEVERITY,
              "The severity of git.version-format and git.version-order (default: the family's).")
          .example("severity: critical");

  static final Shape VERSION_SHAPE =
      Shape.of(
          "How the release version must look and what it is compared with.",
          FORMAT,
          PREFIX,
          COMPARE_WITH,
          PRERELEASE,
          REQUIRED,
          MUST_INCREASE,
          VERSION_SEVERITY);

  static final Key<dev.releasesentinel.config.Fields> VERSION =
      Key.of(
              "version",
              CompositeTypes.map(VERSION_SHAPE),
              "git.version-format and git.version-order: how the release version (--version, or"
                  + " the CI tag) must look, and what it is compared with.")
          .example("version:\n  format: semver\n  prefix: v\n  compare-with: minor");

  static final Key<Node> TAG_ABSENT =
      Key.of(
              "tag-absent",
              toggleType(TAG_ABSENT_TOGGLE),
              "git.tag-absent: the release tag does not exist yet, locally or on the remote. In"
                  + " deploy mode the same key configures git.tag-exists.")
          .byDefault(true)
          .example("tag-absent: { severity: critical }");

  static final Key<Boolean> DEPLOY =
      Key.of(
              "deploy",
              Types.BOOLEAN,
              "The run deploys an existing release (as --deploy): git.tag-exists replaces"
                  + " git.tag-absent, and git.version-order reports a rollback instead of failing.")
          .byDefault(false)
          .example("deploy: true");

  static final Shape SHAPE =
      Shape.of(
          "The git family: the release and the repository (docs/checks/git.md).",
          SEVERITY,
          CLEAN_TREE,
          ALLOW_UNTRACKED,
          BRANCHES,
          REMOTE,
          VERSION,
          TAG_ABSENT,
          DEPLOY);
}
