package dev.releasesentinel.checks.git;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Deferred;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Unmet;
import java.util.Optional;

/**
 * What the checks of the release version share: the version rules, the version itself (or the
 * result that says how to give one), and publishing it as the run's version.
 */
abstract class VersionCheck extends GitCheck {

  final GitConfig.VersionRules rules;
  private final Optional<ReleaseVersion> version;

  VersionCheck(
      CheckKind kind,
      CheckSpec spec,
      String description,
      GitConfig.VersionRules rules,
      Optional<ReleaseVersion> version,
      LazyProbe<GitProbe> probe) {
    super(kind, spec, description, probe);
    this.rules = rules;
    this.version = version;
  }

  @Override
  final CheckResult collect(CheckContext context, LazyProbe<GitProbe> probe)
      throws CannotObserve, Unmet, Deferred {
    if (version.isEmpty()) {
      return Versions.missing(this, rules);
    }
    context.fact(FACT_VERSION, version.get().value());
    return collect(context, probe, version.get());
  }

  /** Collects and judges what a release version that was given needs. */
  abstract CheckResult collect(
      CheckContext context, LazyProbe<GitProbe> probe, ReleaseVersion version)
      throws CannotObserve, Deferred;
}
