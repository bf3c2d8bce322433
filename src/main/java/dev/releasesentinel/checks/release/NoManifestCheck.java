package dev.releasesentinel.checks.release;

import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;

/**
 * {@code release.manifest} when detection found no manifest at the repository root: nothing can be
 * compared, which fails rather than passing silently.
 */
final class NoManifestCheck implements Check {

  private final CheckId id = CheckId.of(ReleaseFamily.MANIFEST.id());
  private final Severity severity;

  NoManifestCheck(Severity severity) {
    this.severity = severity;
  }

  @Override
  public CheckId id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return "a manifest at the repository root declares the release version";
  }

  @Override
  public CheckResult run(CheckContext context) {
    return CheckResult.fail(
        this,
        "no manifest at the repository root ("
            + String.join(", ", ReleaseChecks.detectable())
            + "): list the manifests to compare under release.manifests (paths from the"
            + " repository root, e.g. services/api/pom.xml)");
  }
}
