package dev.releasesentinel.checks.git;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Section;
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

  static final CheckKind CLEAN_TREE =
      CheckKind.onByDefault("git.clean-tree", "no uncommitted changes in the work tree");
  static final CheckKind BRANCH =
      CheckKind.onByDefault("git.branch", "the release is made from an allowed branch");
  static final CheckKind VERSION_FORMAT =
      CheckKind.onByDefault("git.version-format", "the release version has the configured format");
  static final CheckKind TAG_ABSENT =
      CheckKind.onByDefault(
          "git.tag-absent", "the release tag does not exist yet, locally or on the remote");
  static final CheckKind TAG_EXISTS =
      CheckKind.onByDefault(
          "git.tag-exists",
          "deploy mode: the release tag exists at HEAD, locally and on the remote");
  static final CheckKind VERSION_ORDER =
      CheckKind.onByDefault(
          "git.version-order", "the release version is higher than the earlier releases");

  private static final GitBinder SECTION = new GitBinder();

  private final LazyProbe.Factory<GitProbe> factory;

  public GitFamily() {
    this(c -> JGitProbe.open(c.repository(), c.environment(), c.redactor()));
  }

  /** The family reading repositories through the probe {@code factory} opens (tests pass fakes). */
  GitFamily(LazyProbe.Factory<GitProbe> factory) {
    this.factory = factory;
  }

  @Override
  public Section<GitConfig> section() {
    return SECTION;
  }

  @Override
  public List<CheckKind> kinds() {
    return List.of(CLEAN_TREE, BRANCH, VERSION_FORMAT, TAG_ABSENT, TAG_EXISTS, VERSION_ORDER);
  }

  /** The git section of a config, if it has one. */
  static Optional<GitConfig> config(Config config) {
    return config.get(SECTION);
  }

  @Override
  public List<Planned> plan(Config config, RunContext context) {
    if (config(config).isEmpty()) {
      return List.of();
    }
    GitConfig git = config(config).get();
    LazyProbe<GitProbe> probe = LazyProbe.of(factory, context, "a readable git repository");
    Optional<ReleaseVersion> version =
        ReleaseVersion.resolve(context.version(), context.environment());
    List<Planned> checks = new ArrayList<>();
    if (git.cleanTree().enabled()) {
      checks.add(
          CLEAN_TREE.plan(
              new CleanTreeCheck(
                  git.cleanTree(),
                  git.allowUntracked(),
                  probe,
                  OwnFiles.of(context.repository(), context.ownFiles())),
              git.cleanTree()));
    }
    if (git.branch().enabled()) {
      checks.add(
          BRANCH.plan(
              new BranchCheck(
                  git.branch(), git.branches(), context.environment(), git.remote(), probe),
              git.branch()));
    }
    if (git.versionFormat().enabled()) {
      checks.add(
          VERSION_FORMAT.plan(
              new VersionFormatCheck(git.versionFormat(), git.version(), version),
              git.versionFormat()));
    }
    boolean deploy = context.deploy() || git.deploy();
    if (git.tagAbsent().enabled()) {
      checks.add(
          deploy
              ? TAG_EXISTS.plan(
                  new TagExistsCheck(git.tagAbsent(), git.version(), git.remote(), version, probe),
                  git.tagAbsent())
              : TAG_ABSENT.plan(
                  new TagAbsentCheck(
                      git.tagAbsent(),
                      git.version(),
                      git.remote(),
                      version,
                      probe,
                      context.environment()),
                  git.tagAbsent()));
    }
    if (git.versionOrder().enabled()) {
      checks.add(
          VERSION_ORDER.plan(
              new VersionOrderCheck(
                  git.versionOrder(),
                  git.version(),
                  git.remote(),
                  version,
                  probe,
                  context.environment(),
                  deploy),
              git.versionOrder()));
    }
    return List.copyOf(checks);
  }
}
