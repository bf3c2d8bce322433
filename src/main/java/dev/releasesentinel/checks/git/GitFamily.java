package dev.releasesentinel.checks.git;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.GitConfig;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The git family (docs/checks/git.md). In deploy mode ({@code --deploy} or {@code git.deploy})
 * {@code git.tag-exists} takes the place of {@code git.tag-absent}, under the same config key. The
 * checks of one run share one probe, created when the first of them runs: building the checks opens
 * no repository.
 */
public final class GitFamily implements Family {

  private final LazyProbe.Factory<GitProbe> factory;

  public GitFamily() {
    this(c -> JGitProbe.open(c.repository(), c.environment(), c.redactor()));
  }

  /** The family reading repositories through the probe {@code factory} opens (tests pass fakes). */
  GitFamily(LazyProbe.Factory<GitProbe> factory) {
    this.factory = factory;
  }

  @Override
  public String name() {
    return "git";
  }

  @Override
  public List<Check> checks(Config config, RunContext context) {
    if (config.git().isEmpty()) {
      return List.of();
    }
    GitConfig git = config.git().get();
    LazyProbe<GitProbe> probe = LazyProbe.of(factory, context);
    Optional<ReleaseVersion> version =
        ReleaseVersion.resolve(context.version(), context.environment());
    List<Check> checks = new ArrayList<>();
    if (git.cleanTree().enabled()) {
      checks.add(
          new CleanTreeCheck(
              git.cleanTree(),
              git.allowUntracked(),
              probe,
              OwnFiles.of(context.repository(), context.ownFiles())));
    }
    if (git.branch().enabled()) {
      checks.add(
          new BranchCheck(
              git.branch(), git.branches(), context.environment(), git.remote(), probe));
    }
    if (git.versionFormat().enabled()) {
      checks.add(new VersionFormatCheck(git.versionFormat(), git.version(), version));
    }
    boolean deploy = context.deploy() || git.deploy();
    if (git.tagAbsent().enabled()) {
      checks.add(
          deploy
              ? new TagExistsCheck(git.tagAbsent(), git.version(), git.remote(), version, probe)
              : new TagAbsentCheck(
                  git.tagAbsent(),
                  git.version(),
                  git.remote(),
                  version,
                  probe,
                  context.environment()));
    }
    if (git.versionOrder().enabled()) {
      checks.add(
          new VersionOrderCheck(
              git.versionOrder(),
              git.version(),
              git.remote(),
              version,
              probe,
              context.environment(),
              deploy));
    }
    return List.copyOf(checks);
  }
}
