package dev.releasesentinel.config;

import dev.releasesentinel.engine.Severity;
import java.util.List;
import java.util.Optional;

/** Binds the {@code git} family (spec section 3.1). */
final class GitBinder {

  private final Problems problems;

  GitBinder(Problems problems) {
    this.problems = problems;
  }

  GitConfig bind(Fields f) {
    Severity fam = f.severity("severity").orElse(Severity.BLOCK);
    CheckSpec cleanTree = toggle(f, "clean-tree", fam);
    boolean allowUntracked = f.bool("allow-untracked", false);
    List<String> branches = f.strings("branches").orElse(GitConfig.DEFAULT_BRANCHES);
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
    String remote = f.string("remote", "origin");

    GitConfig.VersionRules rules =
        new GitConfig.VersionRules(GitConfig.Format.SEMVER, "v", true, true);
    Severity versionSeverity = fam;
    boolean mustIncrease = true;
    Location versionAt = f.location();
    if (f.has("version")) {
      Node vn = f.get("version").orElse(new Node.NullNode(f.keyLocation("version")));
      versionAt = f.keyLocation("version");
      Optional<Fields> vf = Fields.of(vn, "git.version", problems);
      if (vf.isPresent()) {
        Fields v = vf.get();
        GitConfig.Format format = GitConfig.Format.SEMVER;
        Optional<String> fmt = v.string("format");
        if (fmt.isPresent()) {
          switch (fmt.get()) {
            case "semver" -> format = GitConfig.Format.SEMVER;
            case "strict" -> format = GitConfig.Format.STRICT;
            default ->
                v.problem(
                    v.get("format").get(),
                    "format",
                    "unknown format '"
                        + fmt.get()
                        + "'"
                        + dev.releasesentinel.engine.Suggest.didYouMean(
                            fmt.get(), List.of("semver", "strict"))
                        + " (semver = SemVer 2.0.0; strict = MAJOR.MINOR.PATCH only)");
          }
        }
        String prefix = v.string("prefix", "v");
        GitConfig.CompareWith compareWith = GitConfig.CompareWith.REACHABLE;
        Optional<String> cw = v.string("compare-with");
        if (cw.isPresent()) {
          List<String> keys =
              java.util.Arrays.stream(GitConfig.CompareWith.values())
                  .map(GitConfig.CompareWith::key)
                  .toList();
          if (keys.contains(cw.get())) {
            compareWith =
                GitConfig.CompareWith.valueOf(cw.get().toUpperCase(java.util.Locale.ROOT));
          } else {
            v.problem(
                v.get("compare-with").get(),
                "compare-with",
                "unknown value '"
                    + cw.get()
                    + "'"
                    + dev.releasesentinel.engine.Suggest.didYouMean(cw.get(), keys)
                    + " (reachable = the releases HEAD descends from; minor, major = the same"
                    + " MAJOR.MINOR or MAJOR line; all = every release tag)");
          }
        }
        boolean prerelease = v.bool("prerelease", true);
        boolean required = v.bool("required", true);
        mustIncrease = v.bool("must-increase", true);
        versionSeverity = v.severity("severity").orElse(fam);
        v.finish();
        rules = new GitConfig.VersionRules(format, prefix, prerelease, required, compareWith);
      }
    }
    CheckSpec versionFormat = new CheckSpec(true, versionSeverity, versionAt);
    CheckSpec versionOrder = new CheckSpec(mustIncrease, versionSeverity, versionAt);
    CheckSpec tagAbsent = toggle(f, "tag-absent", fam);
    boolean deploy = f.bool("deploy", false);
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

  /** {@code key: true | false | { severity: warn }}; absent means on. */
  private CheckSpec toggle(Fields f, String key, Severity fam) {
    Location at = f.keyLocation(key);
    Optional<Node> n = f.get(key);
    if (n.isEmpty()) {
      return new CheckSpec(true, fam, f.has(key) ? at : f.location());
    }
    if (n.get() instanceof Node.MapNode) {
      Fields t = Fields.of(n.get(), f.child(key), problems).orElseThrow();
      boolean enabled = t.bool("enabled", true);
      Severity s = t.severity("severity").orElse(fam);
      t.finish();
      return new CheckSpec(enabled, s, at);
    }
    if (!(n.get() instanceof Node.ScalarNode s && s.value() instanceof Boolean enabled)) {
      f.problem(
          n.get(),
          key,
          "must be true, false or { severity: warn }, not " + Fields.describe(n.get()));
      return new CheckSpec(true, fam, at);
    }
    return new CheckSpec(enabled, fam, at);
  }
}
