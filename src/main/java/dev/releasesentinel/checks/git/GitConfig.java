package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CheckSpec;
import java.util.List;

/** The git section of a config (docs/config.md, "git"). */
record GitConfig(
    CheckSpec cleanTree,
    boolean allowUntracked,
    CheckSpec branch,
    List<String> branches,
    String remote,
    VersionRules version,
    CheckSpec versionFormat,
    CheckSpec tagAbsent,
    CheckSpec versionOrder,
    boolean deploy) {

  public GitConfig {
    branches = List.copyOf(branches);
  }

  /** The version format: SemVer 2.0.0, or MAJOR.MINOR.PATCH only. */
  public enum Format {
    SEMVER,
    STRICT
  }

  /**
   * Which earlier releases {@code git.version-order} compares with (docs/checks/git.md): the ones
   * HEAD descends from, the same MAJOR.MINOR line, the same MAJOR line, or every release tag.
   */
  public enum CompareWith {
    REACHABLE,
    MINOR,
    MAJOR,
    ALL;

    /** The config spelling, e.g. {@code reachable}. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How a release version must look, whether one must be given, and what it is compared with. */
  public record VersionRules(
      Format format, String prefix, boolean prerelease, boolean required, CompareWith compareWith) {

    public VersionRules(Format format, String prefix, boolean prerelease, boolean required) {
      this(format, prefix, prerelease, required, CompareWith.REACHABLE);
    }
  }

  public static final List<String> DEFAULT_BRANCHES = List.of("main", "release/*");
}
