package dev.releasesentinel.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns one merged config tree into a {@link Config}, recording every problem on the way. */
final class Binder {

  static final String TIMEOUT = "timeout";

  private final Problems problems;
  private final Path baseDir;
  private final Set<String> secretNames;

  /** {@code secretNames}: variables that hold secrets, which a url's host or port must not use. */
  Binder(Problems problems, Path baseDir, Set<String> secretNames) {
    this.problems = problems;
    this.baseDir = baseDir;
    this.secretNames = secretNames;
  }

  Config bind(
      Node.MapNode root,
      Optional<Path> file,
      Optional<String> environment,
      List<String> environments) {
    Fields f = Fields.of(root, "", problems).orElseThrow();
    Optional<Duration> timeout = f.duration(TIMEOUT);
    f.has("environments"); // read by ConfigFile
    Optional<GitConfig> git = family(f, "git").map(new GitBinder(problems)::bind);
    Optional<EnvConfig> env = family(f, "env").map(new EnvBinder(problems)::bind);
    Optional<SystemConfig> system = family(f, "system").map(new SystemBinder(problems)::bind);
    Optional<ApiConfig> api =
        family(f, "api").map(new ApiBinder(problems, baseDir, secretNames)::bind);
    f.finish();
    return new Config(file, environment, environments, timeout, git, env, system, api);
  }

  /** A family runs when its key is present; {@code git:} with nothing after it means defaults. */
  private Optional<Fields> family(Fields root, String name) {
    if (!root.has(name)) {
      return Optional.empty();
    }
    Node n = root.get(name).orElse(new Node.NullNode(root.keyLocation(name)));
    return Fields.of(n, name, problems);
  }
}
