package dev.releasesentinel.checks.release;

import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.engine.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Binds the {@code release} section (docs/config.md, "release"). */
final class ReleaseBinder implements Section<ReleaseSection> {

  private static final Pattern PATH = Pattern.compile(ReleaseKeys.PATH_PATTERN);

  @Override
  public String name() {
    return "release";
  }

  @Override
  public Shape shape() {
    return ReleaseKeys.SHAPE;
  }

  @Override
  public String example() {
    return """
        manifests: [pom.xml]
        changelog: { file: CHANGELOG.md }
        """;
  }

  @Override
  public ReleaseSection bind(Fields f, Binding binding) {
    Severity fam = f.read(ReleaseKeys.SEVERITY, Severity.BLOCK);
    String prefix = f.read(ReleaseKeys.PREFIX, "v");
    boolean required = f.read(ReleaseKeys.REQUIRED, true);
    HelmFields helm =
        f.read(ReleaseKeys.HELM)
            .map(h -> HelmFields.valueOf(h.toUpperCase(Locale.ROOT).replace('-', '_')))
            .orElse(HelmFields.BOTH);
    Map<String, Location> entries = new LinkedHashMap<>();
    Optional<ReleaseConfig.Manifests> manifests = manifests(f, fam, helm, entries);
    Location manifestsAt = f.has("manifests") ? f.keyLocation("manifests") : f.location();
    Optional<ReleaseConfig.Changelog> changelog = changelog(f, fam);
    Location changelogAt = f.has("changelog") ? f.keyLocation("changelog") : f.location();
    f.finish();
    return new ReleaseSection(
        new ReleaseConfig(manifests, changelog, prefix, required),
        manifestsAt,
        entries,
        changelogAt);
  }

  /** {@code manifests: true | false | [path | { path, type }]}; absent means detection. */
  private static Optional<ReleaseConfig.Manifests> manifests(
      Fields f, Severity fam, HelmFields helm, Map<String, Location> at) {
    Optional<Node> n = f.get("manifests");
    if (n.isEmpty()) {
      return Optional.of(new ReleaseConfig.Manifests(fam, List.of(), helm));
    }
    if (n.get() instanceof Node.ScalarNode s && s.value() instanceof Boolean on) {
      return on ? Optional.of(new ReleaseConfig.Manifests(fam, List.of(), helm)) : Optional.empty();
    }
    if (!(n.get() instanceof Node.ListNode list)) {
      f.problem(
          n.get(),
          "manifests",
          "must be a list of paths (e.g. [pom.xml, services/api/package.json]), true or false,"
              + " not "
              + Types.describe(n.get()));
      return Optional.empty();
    }
    if (list.items().isEmpty()) {
      f.problem(
          n.get(),
          "manifests",
          "an empty list compares nothing; list the manifests, or leave the key out to detect"
              + " them at the repository root (false turns the checks off)");
    }
    List<ReleaseConfig.Entry> entries = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      entry(f, item, "release.manifests[" + i + "]")
          .ifPresent(
              e -> {
                Location first = at.putIfAbsent(e.path(), item.location());
                if (first != null) {
                  f.problems()
                      .add(
                          item.location(),
                          "release.manifests: "
                              + e.path()
                              + " is already listed at line "
                              + first.line()
                              + "; list each manifest once");
                } else {
                  entries.add(e);
                }
              });
    }
    return Optional.of(new ReleaseConfig.Manifests(fam, entries, helm));
  }

  private static Optional<ReleaseConfig.Entry> entry(Fields f, Node item, String label) {
    Optional<String> path;
    Optional<ManifestType> type = Optional.empty();
    Node pathNode = item;
    if (item instanceof Node.MapNode) {
      Fields e = Fields.of(item, ReleaseKeys.ENTRY, label, f.problems()).orElseThrow();
      path = e.string("path");
      pathNode = e.get("path").orElse(item);
      type = e.read(ReleaseKeys.ENTRY_TYPE).flatMap(ManifestType::ofKey);
      e.finish();
      if (path.isEmpty()) {
        if (e.get("path").isEmpty()) {
          f.problems().add(item.location(), label + ": path is required");
        }
        return Optional.empty();
      }
    } else {
      path = f.asString(item, label);
      if (path.isEmpty()) {
        return Optional.empty();
      }
    }
    String p = path.get();
    if (!PATH.matcher(p).matches()) {
      f.problems()
          .add(
              pathNode.location(),
              label
                  + ": '"
                  + p
                  + "' is not a path from the repository root: write it relative to the root"
                  + " with '/' (e.g. services/api/pom.xml), without '..', spaces, commas or"
                  + " backslashes");
      return Optional.empty();
    }
    return Optional.of(new ReleaseConfig.Entry(p, type));
  }

  /** {@code changelog: true | false | { enabled, file, require-content, severity }}. */
  private static Optional<ReleaseConfig.Changelog> changelog(Fields f, Severity fam) {
    Optional<Node> n = f.get("changelog");
    ReleaseConfig.Changelog defaults =
        new ReleaseConfig.Changelog(fam, ReleaseConfig.Changelog.DEFAULT_FILE, true);
    if (n.isEmpty()) {
      return Optional.of(defaults);
    }
    if (n.get() instanceof Node.ScalarNode s && s.value() instanceof Boolean on) {
      return on ? Optional.of(defaults) : Optional.empty();
    }
    if (!(n.get() instanceof Node.MapNode)) {
      f.problem(
          n.get(),
          "changelog",
          "must be true, false or { file: CHANGELOG.md, require-content: true }, not "
              + Types.describe(n.get()));
      return Optional.empty();
    }
    Fields c =
        CompositeTypes.map(ReleaseKeys.CHANGELOG_SHAPE)
            .read(n.get(), f.child("changelog"), f.problems())
            .orElseThrow();
    boolean enabled = c.read(ReleaseKeys.CHANGELOG_ENABLED, true);
    String file = c.read(ReleaseKeys.CHANGELOG_FILE, ReleaseConfig.Changelog.DEFAULT_FILE);
    if (file.isBlank()) {
      c.problem(
          c.get("file").orElseThrow(),
          "file",
          "is empty; name the changelog from the repository root, e.g. CHANGELOG.md");
    }
    boolean requireContent = c.read(ReleaseKeys.REQUIRE_CONTENT, true);
    Severity severity = c.read(ReleaseKeys.CHANGELOG_SEVERITY, fam);
    c.finish();
    return enabled
        ? Optional.of(new ReleaseConfig.Changelog(severity, file, requireContent))
        : Optional.empty();
  }
}
