package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** The JGit probe of a test repository, as the git family holds it: opened when a check asks. */
final class GitProbes {

  private GitProbes() {}

  static LazyProbe<GitProbe> lazy(Path dir, Environment env) {
    RunContext context =
        new RunContext(dir, Optional.empty(), Optional.empty(), env, Clock.systemUTC());
    return LazyProbe.of(c -> JGitProbe.open(c.repository(), c.environment()), context);
  }

  static LazyProbe<GitProbe> lazy(Path dir) {
    return lazy(dir, Environment.of(Map.of()));
  }
}
