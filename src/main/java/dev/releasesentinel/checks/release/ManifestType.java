package dev.releasesentinel.checks.release;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of manifest {@code release.manifest} reads (docs/checks/release.md). */
enum ManifestType {
  MAVEN(List.of("pom.xml")),
  GRADLE(List.of("build.gradle.kts", "build.gradle")),
  GRADLE_PROPERTIES(List.of("gradle.properties")),
  NPM(List.of("package.json")),
  CARGO(List.of("Cargo.toml")),
  PYPROJECT(List.of("pyproject.toml")),
  HELM(List.of("Chart.yaml")),
  PLAIN(List.of("VERSION"));

  private final List<String> names;

  ManifestType(List<String> names) {
    this.names = names;
  }

  /** The file names this type is recognised by, in the order auto-detection looks for them. */
  public List<String> names() {
    return names;
  }

  /** The config spelling, e.g. {@code gradle-properties}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<ManifestType> ofKey(String key) {
    for (ManifestType t : values()) {
      if (t.key().equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The type a file's name says (its last path segment), if any. */
  public static Optional<ManifestType> ofPath(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    for (ManifestType t : values()) {
      if (t.names.contains(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  ManifestReader reader(HelmFields helm) {
    return switch (this) {
      case MAVEN -> new PomReader();
      case GRADLE -> new GradleScriptReader();
      case GRADLE_PROPERTIES -> new GradlePropertiesReader();
      case NPM -> new PackageJsonReader();
      case CARGO -> new CargoReader();
      case PYPROJECT -> new PyprojectReader();
      case HELM -> new ChartReader(helm);
      case PLAIN -> new VersionFileReader();
    };
  }

  /** How to set the version {@code v} in this kind of manifest, for messages. */
  String fix(String file, String v) {
    return switch (this) {
      case MAVEN -> "set it to " + v + " (mvn versions:set -DnewVersion=" + v + ")";
      case GRADLE -> "set version = \"" + v + "\" in " + file;
      case GRADLE_PROPERTIES -> "set version=" + v + " in " + file;
      case NPM -> "set it to " + v + " (npm version " + v + " --no-git-tag-version)";
      case CARGO -> "set version = \"" + v + "\" (cargo set-version " + v + ")";
      case PYPROJECT -> "set version = \"" + v + "\" in " + file;
      case HELM -> "set it to " + v + " in " + file;
      case PLAIN -> "write " + v + " in " + file;
    };
  }
}
