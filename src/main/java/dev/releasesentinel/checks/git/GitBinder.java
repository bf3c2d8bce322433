package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.Binding;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.CompositeTypes;
import dev.releasesentinel.config.Fields;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.config.Node;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.config.Shape;
import dev.releasesentinel.config.Types;
import dev.releasesentinel.engine.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Binds the {@code git} section (docs/config.md, "git"). */
final class GitBinder implements Section<GitConfig> {

  @Override
  public String name() {
    return "git";
  }

  @Override
  public Shape shape() {
    return GitKeys.SHAPE;
  }

  @Override
  public String example() {
    return """
        branches: [main, "release/*"]
        version: { format: semver, prefix: v }
        """;
  }

  @Override
  public Optional<String> builtIn() {
    return Optional.of(
        """
        clean-tree: true
        branches: [main, "release/*", master]
        version: { format: semver, prefix: v, must-increase: true }
        tag-absent: true
        """);
  }

  @Override
  public GitConfig bind(Fields f, Binding binding) {
    Severity fam = f.read(GitKeys.SEVERITY, Severity.BLOCK);
    CheckSpec cleanTree =
        toggle(
            f,
            GitKeys.CLEAN_TREE.name(),
            GitKeys.CLEAN_TREE_TOGGLE,
            fam,
            GitFamily.CLEAN_TREE.onByDefault());
    boolean allowUntracked = f.read(GitKeys.ALLOW_UNTRACKED, false);
    List<String> branches = f.read(GitKeys.BRANCHES, GitConfig.DEFAULT_BRANCHES);
    if (f.get("branches").isPresent() && branches.isEmpty()) {
      f.problem(
          f.get("branches").get(),
          "branches",
          "an empty list lets no branch pass; write [\"**\"] to allow every branch");
    }
    for (String b : branches) {
      if (b.isBlank()) {
        f.problem(f.get("branches").get(), "branches", "a branch pattern is empty");
      }
    }
    CheckSpec branch = new CheckSpec(true, fam, f.keyLocation(f.has("branches") ? "branches" : ""));
    String remote = f.read(GitKeys.REMOTE, "origin");

    GitConfig.VersionRules rules =
        new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true);
    Severity versionSeverity = fam;
    boolean mustIncrease = GitFamily.VERSION_ORDER.onByDefault();
    Location versionAt = f.location();
    if (f.has("version")) {
      Node vn = f.get("version").orElse(new Node.NullNode(f.keyLocation("version")));
      versionAt = f.keyLocation("version");
      Optional<Fields> vf =
          CompositeTypes.map(GitKeys.VERSION_SHAPE).read(vn, "git.version", f.problems());
      if (vf.isPresent()) {
        Fields v = vf.get();
        GitConfig.Format format =
            v.read(GitKeys.FORMAT)
                .map(s -> GitConfig.Format.valueOf(s.toUpperCase(Locale.ROOT)))
                .orElse(GitConfig.Format.SEMVER);
        String prefix = v.read(GitKeys.PREFIX, "v");
        GitConfig.CompareWith compareWith =
            v.read(GitKeys.COMPARE_WITH)
                .map(s -> GitConfig.CompareWith.valueOf(s.toUpperCase(Locale.ROOT)))
                .orElse(GitConfig.CompareWith.REACHABLE);
        boolean prerelease = v.read(GitKeys.PRERELEASE, true);
        boolean required = v.read(GitKeys.REQUIRED, true);
        mustIncrease = v.read(GitKeys.MUST_INCREASE, mustIncrease);
        versionSeverity = v.read(GitKeys.VERSION_SEVERITY, fam);
        v.finish();
        rules = new GitConfig.VersionRules(format, prefix, prerelease, required, compareWith);
      }
    }
    CheckSpec versionFormat = new CheckSpec(true, versionSeverity, versionAt);
    CheckSpec versionOrder = new CheckSpec(mustIncrease, versionSeverity, versionAt);
    CheckSpec tagAbsent =
        toggle(
            f,
            GitKeys.TAG_ABSENT.name(),
            GitKeys.TAG_ABSENT_TOGGLE,
            fam,
            GitFamily.TAG_ABSENT.onByDefault());
    boolean deploy = f.read(GitKeys.DEPLOY, false);
    f.finish();
    return new GitConfig(
        cleanTree,
        allowUntracked,
        branch,
        branches,
        remote,
        rules,
        versionFormat,
        tagAbsent,
        versionOrder,
        deploy);
  }

  /**
   * {@code key: true | false | { enabled, severity }}; absent means the kind's default: a check
   * added later is opt-in unless its kind says otherwise, so an existing config never gains it.
   */
  static CheckSpec toggle(Fields f, String key, Shape shape, Severity fam, boolean onByDefault) {
    Location at = f.keyLocation(key);
    Optional<Node> n = f.get(key);
    if (n.isEmpty()) {
      return new CheckSpec(onByDefault, fam, f.has(key) ? at : f.location());
    }
    if (n.get() instanceof Node.MapNode) {
      Fields t = CompositeTypes.map(shape).read(n.get(), f.child(key), f.problems()).orElseThrow();
      boolean enabled = t.bool("enabled", true);
      Severity s = t.severity("severity").orElse(fam);
      t.finish();
      return new CheckSpec(enabled, s, at);
    }
    if (!(n.get() instanceof Node.ScalarNode s && s.value() instanceof Boolean enabled)) {
      f.problem(
          n.get(),
          key,
          "must be true, false or { severity: warn }, not " + Types.describe(n.get()));
      return new CheckSpec(true, fam, at);
    }
    return new CheckSpec(enabled, fam, at);
  }
}
