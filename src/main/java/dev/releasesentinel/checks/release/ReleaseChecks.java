package dev.releasesentinel.checks.release;

import dev.releasesentinel.engine.Check;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The release family's checks (docs/checks/release.md): {@code release.manifest:FILE} for each
 * listed or detected manifest, and {@code release.changelog}. Building them only looks whether the
 * known manifest names exist at the repository root; files are read when the checks run.
 */
final class ReleaseChecks {

  private ReleaseChecks() {}

  /**
   * @param version the release version as given ({@code v1.4.2}, or a monorepo's {@code
   *     pkg@v1.4.2}), empty when none was given
   */
  public static List<Check> checks(
      ReleaseConfig config, Path repository, Optional<String> version) {
    ReleaseVersionRule rule =
        new ReleaseVersionRule(version, config.prefix(), config.versionRequired());
    List<Check> out = new ArrayList<>();
    config
        .manifests()
        .ifPresent(
            m -> {
              if (m.entries().isEmpty()) {
                out.addAll(detected(m, repository, rule));
              } else {
                for (ReleaseConfig.Entry e : m.entries()) {
                  ManifestType type =
                      e.type().or(() -> ManifestType.ofPath(e.path())).orElse(ManifestType.PLAIN);
                  out.add(
                      new ManifestCheck(
                          m.severity(),
                          repository,
                          e.path(),
                          type,
                          type.reader(m.helm()),
                          true,
                          rule));
                }
              }
            });
    config.changelog().ifPresent(c -> out.add(new ChangelogCheck(c, repository, rule)));
    return out;
  }

  private static List<Check> detected(
      ReleaseConfig.Manifests m, Path repository, ReleaseVersionRule rule) {
    List<Check> out = new ArrayList<>();
    for (ManifestType type : ManifestType.values()) {
      for (String name : type.names()) {
        if (ManifestText.exists(repository, name)) {
          out.add(
              new ManifestCheck(
                  m.severity(), repository, name, type, type.reader(m.helm()), false, rule));
        }
      }
    }
    if (out.isEmpty()) {
      out.add(new NoManifestCheck(m.severity()));
    }
    return out;
  }

  /** The file names detection looks for at the repository root, in order. */
  public static List<String> detectable() {
    List<String> names = new ArrayList<>();
    for (ManifestType t : ManifestType.values()) {
      names.addAll(t.names());
    }
    return names;
  }
}
