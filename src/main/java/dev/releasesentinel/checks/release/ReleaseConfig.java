package dev.releasesentinel.checks.release;

import dev.releasesentinel.engine.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The release family's settings (docs/checks/release.md), as plain values: the config binder fills
 * them, the family builds its checks from them.
 *
 * @param manifests {@code release.manifest}, empty when off
 * @param changelog {@code release.changelog}, empty when off
 * @param prefix the release version's prefix ({@code v} in {@code v1.4.2}), stripped before
 *     comparing
 * @param versionRequired whether a run without a release version fails (else the checks skip)
 */
record ReleaseConfig(
    Optional<Manifests> manifests,
    Optional<Changelog> changelog,
    String prefix,
    boolean versionRequired) {

  public ReleaseConfig {
    Objects.requireNonNull(manifests, "manifests");
    Objects.requireNonNull(changelog, "changelog");
    Objects.requireNonNull(prefix, "prefix");
  }

  /**
   * The manifests to compare with the release version.
   *
   * @param entries the files, relative to the repository root; empty: the ones found at the root
   * @param helm which versions of a Chart.yaml count
   */
  public record Manifests(Severity severity, List<Entry> entries, HelmFields helm) {
    public Manifests {
      Objects.requireNonNull(severity, "severity");
      entries = List.copyOf(entries);
      Objects.requireNonNull(helm, "helm");
    }

    /** Auto-detection at the repository root, blocking, both Helm versions. */
    public static Manifests detected() {
      return new Manifests(Severity.BLOCK, List.of(), HelmFields.BOTH);
    }
  }

  /**
   * One listed manifest.
   *
   * @param path relative to the repository root, with '/'
   * @param type its kind when its name does not say it (e.g. {@code version.txt} as plain)
   */
  public record Entry(String path, Optional<ManifestType> type) {
    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(type, "type");
    }

    public static Entry of(String path) {
      return new Entry(path, Optional.empty());
    }
  }

  /**
   * The changelog that must have a section for the release.
   *
   * @param file relative to the repository root
   * @param requireContent whether an empty section fails
   */
  public record Changelog(Severity severity, String file, boolean requireContent) {
    public static final String DEFAULT_FILE = "CHANGELOG.md";

    public Changelog {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(file, "file");
    }

    public static Changelog defaults() {
      return new Changelog(Severity.BLOCK, DEFAULT_FILE, true);
    }
  }
}
