package dev.releasesentinel.checks.release;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The release family (docs/checks/release.md): the manifests declare the release version and the
 * changelog has a section for it. The release version is the one the git family gates: {@code
 * --version}, else the tag the CI run was started by. Building the checks only looks whether the
 * known manifest names exist at the repository root; the files are read when the checks run. The
 * results are facts of the release: they cannot heal while the gate waits.
 */
public final class ReleaseFamily implements Family {

  /**
   * One check per listed or detected manifest; when none is listed and none is found at the
   * repository root, one {@code release.manifest} check without a subject fails.
   */
  static final CheckKind MANIFEST =
      CheckKind.onByDefault(
              "release.manifest",
              "the manifest FILE declares the release version (release.manifest alone: no"
                  + " manifest was found)")
          .per("FILE");

  static final CheckKind CHANGELOG =
      CheckKind.onByDefault(
          "release.changelog", "the changelog has a section for the release version");

  private static final ReleaseBinder SECTION = new ReleaseBinder();

  @Override
  public Section<ReleaseSection> section() {
    return SECTION;
  }

  @Override
  public List<CheckKind> kinds() {
    return List.of(MANIFEST, CHANGELOG);
  }

  /** The release section of a config, if it has one. */
  static Optional<ReleaseSection> config(Config config) {
    return config.get(SECTION);
  }

  @Override
  public List<Planned> plan(Config config, RunContext context) {
    Optional<ReleaseSection> section = config(config);
    if (section.isEmpty()) {
      return List.of();
    }
    ReleaseSection s = section.get();
    Optional<String> version =
        context
            .version()
            .filter(v -> !v.isEmpty())
            .or(() -> CiHost.run(context.environment()).tag().map(t -> t.value()));
    List<Planned> out = new ArrayList<>();
    for (Check c : ReleaseChecks.checks(s.config(), context.repository(), version)) {
      String kind = c.id().kind();
      if (kind.equals(CHANGELOG.id())) {
        out.add(CHANGELOG.plan(c, source(s.changelogAt())));
      } else {
        Location at = s.entries().getOrDefault(c.id().subject(), s.manifestsAt());
        out.add(MANIFEST.plan(c, source(at)));
      }
    }
    return out;
  }

  private static Optional<Source> source(Location at) {
    return at.known() && !at.file().isEmpty()
        ? Optional.of(new Source(at.file(), at.line(), Math.max(1, at.column())))
        : Optional.empty();
  }
}
