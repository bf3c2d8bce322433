package dev.releasesentinel.checks.release;

import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Key;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.config.ValueType;
import dev.releasesentinel.engine.Severity;
import java.util.List;

/** The keys of the {@code release} section (docs/config.md, "release"), declared once. */
final class ReleaseKeys {

  private ReleaseKeys() {}

  static final Key<Severity> SEVERITY =
      Key.of(
              "severity",
              Types.SEVERITY,
              "The severity of release.manifest checks and of release.changelog unless it sets"
                  + " its own.")
          .byDefault("block")
          .example("severity: critical");

  static final Key<String> PREFIX =
      Key.of(
              "prefix",
              Types.STRING,
              "The release tag's prefix, left out before comparing with the manifests (tag v1.4.2"
                  + " expects 1.4.2); keep it equal to git.version.prefix.")
          .byDefault("v")
          .example("prefix: \"\"");

  static final Key<Boolean> REQUIRED =
      Key.of(
              "required",
              Types.BOOLEAN,
              "A run without a release version fails the release checks; false skips them"
                  + " instead.")
          .byDefault(true)
          .example("required: false");

  /**
   * A manifest path as the schema states it: from the repository root (no leading '/'), no '..'
   * segment, no backslash, whitespace or comma (it becomes a check id, and --only splits on
   * commas).
   */
  static final String PATH_PATTERN = "^(?!(?:.*/)?\\.\\.(?:/|$))[^/\\\\\\s,][^\\\\\\s,]*$";

  static final Key<String> ENTRY_PATH =
      Key.of(
              "path",
              CompositeTypes.refined(Types.STRING, o -> o.put("pattern", PATH_PATTERN)),
              "The manifest's path from the repository root, with '/'.")
          .required()
          .notNull()
          .example("path: services/api/version.txt");

  /**
   * The manifest types' config spellings, as {@link ManifestType#key()} writes them (a test keeps
   * the two equal): reading a config must not load the family's readers.
   */
  static final List<String> TYPES =
      List.of("maven", "gradle", "gradle-properties", "npm", "cargo", "pyproject", "helm", "plain");

  static final Key<String> ENTRY_TYPE =
      Key.of(
              "type",
              Types.oneOf(
                  TYPES,
                  "manifest type",
                  " (one of: maven, gradle, gradle-properties, npm, cargo, pyproject, helm,"
                      + " plain)"),
              "The kind of manifest when its file name does not say it (e.g. plain for"
                  + " version.txt).")
          .example("type: plain");

  static final Shape ENTRY = Shape.of("A manifest with the kind named.", ENTRY_PATH, ENTRY_TYPE);

  /** {@code path} or {@code { path, type }}. */
  static final ValueType<Node> ENTRY_ITEM =
      CompositeTypes.anyOf(
          CompositeTypes.refined(Types.STRING, o -> o.put("pattern", PATH_PATTERN)),
          CompositeTypes.map(ENTRY));

  static final Key<Node> MANIFESTS =
      Key.of(
              "manifests",
              CompositeTypes.anyOf(
                  Types.BOOLEAN,
                  CompositeTypes.refined(
                      CompositeTypes.list(ENTRY_ITEM), o -> o.put("minItems", 1))),
              "release.manifest:FILE per manifest: paths from the repository root, or { path,"
                  + " type }. Left out (or true): the known manifests found at the repository root;"
                  + " false turns the manifest checks off.")
          .byDefault(true)
          .example("manifests: [pom.xml, { path: services/api/version.txt, type: plain }]");

  static final Key<String> HELM =
      Key.of(
              "helm",
              Types.oneOf(
                  List.of("both", "version", "app-version"),
                  "value",
                  " (which versions of a Chart.yaml must equal the release)"),
              "Which versions of a Helm Chart.yaml must equal the release version: version,"
                  + " app-version or both.")
          .byDefault("both")
          .example("helm: app-version");

  static final Key<String> CHANGELOG_FILE =
      Key.of("file", Types.NON_BLANK, "The changelog's path from the repository root (CommonMark).")
          .byDefault(ReleaseConfig.Changelog.DEFAULT_FILE)
          .example("file: docs/CHANGES.md");

  static final Key<Boolean> REQUIRE_CONTENT =
      Key.of(
              "require-content",
              Types.BOOLEAN,
              "The version's section must have content, not only a heading.")
          .byDefault(true)
          .example("require-content: false");

  static final Key<Boolean> CHANGELOG_ENABLED =
      Key.of("enabled", Types.BOOLEAN, "false turns release.changelog off.")
          .byDefault(true)
          .example("enabled: false");

  static final Key<Severity> CHANGELOG_SEVERITY =
      Key.of("severity", Types.SEVERITY, "The severity of release.changelog.")
          .example("severity: warn");

  static final Shape CHANGELOG_SHAPE =
      Shape.of(
          "release.changelog with its own settings.",
          CHANGELOG_ENABLED,
          CHANGELOG_FILE,
          REQUIRE_CONTENT,
          CHANGELOG_SEVERITY);

  static final Key<Node> CHANGELOG =
      Key.of(
              "changelog",
              CompositeTypes.anyOf(Types.BOOLEAN, CompositeTypes.map(CHANGELOG_SHAPE)),
              "release.changelog: the changelog has a section for the release version. false"
                  + " turns it off; a map sets its file and rules.")
          .byDefault(true)
          .example("changelog: { file: CHANGELOG.md, require-content: true }");

  static final Shape SHAPE =
      Shape.of(
          "The release family: what is released says it is that release (docs/checks/release.md).",
          SEVERITY,
          PREFIX,
          REQUIRED,
          MANIFESTS,
          HELM,
          CHANGELOG);
}
