package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the checks of the release version share: the version rules, the version itself (or the
 * result that says how to give one), and publishing it as the run's version.
 */
abstract class VersionCheck extends GitCheck {

  final GitConfig.VersionRules rules;
  private final Optional<ReleaseVersion> version;

  VersionCheck(
      String name,
      CheckSpec spec,
      String description,
      GitConfig.VersionRules rules,
      Optional<ReleaseVersion> version,
      Supplier<GitProbe> probe) {
    super(name, spec, description, probe);
    this.rules = rules;
    this.version = version;
  }

  @Override
  final CheckResult judge(CheckContext context, GitProbe probe) throws GitProbeException {
    if (version.isEmpty()) {
      return Versions.missing(this, rules);
    }
    context.fact(FACT_VERSION, version.get().value());
    return judge(context, probe, version.get());
  }

  /** The verdict on a release version that was given. */
  abstract CheckResult judge(CheckContext context, GitProbe probe, ReleaseVersion version)
      throws GitProbeException;
}
