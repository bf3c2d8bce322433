package dev.releasesentinel.checks.git;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.GitConfig;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The git family (docs/checks/git.md). In deploy mode ({@code --deploy} or {@code git.deploy})
 * {@code git.tag-exists} takes the place of {@code git.tag-absent}, under the same config key. The
 * checks of one run share one probe, created when the first of them runs: building the checks opens
 * no repository.
 */
public final class GitFamily implements Family {

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
    Supplier<GitProbe> probe =
        once(() -> new JGitProbe(context.repository(), context.environment()));
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

  /** A supplier that creates its value on first use, once, for every thread. */
  static <T> Supplier<T> once(Supplier<T> make) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            if (value == null) {
              value = make.get();
            }
            v = value;
          }
        }
        return v;
      }
    };
  }
}
