package dev.releasesentinel.checks.git;

import dev.releasesentinel.ci.CiHost;
import dev.releasesentinel.engine.Environment;
import java.util.Objects;
import java.util.Optional;

/**
 * The release being gated and where it came from: the explicit {@code --version}, else the tag that
 * triggered the CI run, as the CI host names it ({@link CiHost}: {@code GITHUB_REF} refs/tags/...,
 * {@code CI_COMMIT_TAG}, {@code TAG_NAME}, ...). docs/checks/git.md, "The release version".
 *
 * @param value the version as given, prefix included (e.g. {@code v1.4.2}); also the tag name
 * @param source {@code --version}, {@code GITHUB_REF}, {@code CI_COMMIT_TAG} or {@code TAG_NAME}
 */
record ReleaseVersion(String value, String source) {

  public static final String FLAG = "--release";
  public static final String GITHUB_REF = "GITHUB_REF";
  public static final String CI_COMMIT_TAG = "CI_COMMIT_TAG";
  public static final String TAG_NAME = "TAG_NAME";

  /** The places a version is looked for, in order, for messages. */
  public static final String SOURCES =
      FLAG
          + ", or the tag that triggered the CI run ("
          + String.join(", ", CiHost.TAG_VARIABLES)
          + ")";

  public ReleaseVersion {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  /** The version to gate, or empty when none was given anywhere. Empty values count as unset. */
  public static Optional<ReleaseVersion> resolve(Optional<String> explicit, Environment env) {
    Objects.requireNonNull(explicit, "explicit");
    Objects.requireNonNull(env, "env");
    if (explicit.isPresent() && !explicit.get().isEmpty()) {
      return Optional.of(new ReleaseVersion(explicit.get(), FLAG));
    }
    return CiHost.run(env).tag().map(t -> new ReleaseVersion(t.value(), t.variable()));
  }

  /** E.g. {@code v1.4.2 (from GITHUB_REF)}. */
  public String describe() {
    return value + " (from " + source + ")";
  }
}
