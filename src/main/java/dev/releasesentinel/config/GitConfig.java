package dev.releasesentinel.config;

import java.util.List;

/** The git family (spec section 3.1). */
public record GitConfig(
    CheckSpec cleanTree,
    boolean allowUntracked,
    CheckSpec branch,
    List<String> branches,
    String remote,
    VersionRules version,
    CheckSpec versionFormat,
    CheckSpec tagAbsent,
    CheckSpec versionOrder) {

  public GitConfig {
    branches = List.copyOf(branches);
  }

  /** The version format: SemVer 2.0.0, or MAJOR.MINOR.PATCH only. */
  public enum Format {
    SEMVER,
    STRICT
  }

  /** How a release version must look, and whether one must be given. */
  public record VersionRules(Format format, String prefix, boolean prerelease, boolean required) {}

  public static final List<String> DEFAULT_BRANCHES = List.of("main", "release/*");
}
