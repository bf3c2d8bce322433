package dev.releasesentinel.checks.git;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Runner;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Benchmark entry point for {@code bench/git-status.sh}: runs {@code git.clean-tree} once on a
 * repository, through the real runner, as a whole process would.
 *
 * <p>{@code java -cp ... dev.releasesentinel.checks.git.JGitStatusBench DIR [--allow-untracked]
 * [--jgit-status]}; {@code --jgit-status} times JGit's own status (IndexDiff over the whole tree)
 * instead, for comparison.
 */
public final class JGitStatusBench {

  private JGitStatusBench() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args.length > 0 ? args[0] : ".");
    List<String> flags = List.of(args);
    boolean allowUntracked = flags.contains("--allow-untracked");
    if (flags.contains("--jgit-status")) {
      long t0 = System.nanoTime();
      TreeStatus s =
          JGitTreeStatus.plain(
              JGitProbe.openRepository(repo, dev.releasesentinel.redact.Redactor.NONE),
              !allowUntracked,
              java.util.Set.of());
      System.out.println(
          (s.clean() ? "clean" : "dirty")
              + " (JGit status "
              + (System.nanoTime() - t0) / 1_000_000
              + " ms)");
      System.exit(s.clean() ? 0 : 1);
    }
    LazyProbe<GitProbe> probe = GitProbes.lazy(repo, Environment.system());
    CleanTreeCheck check =
        new CleanTreeCheck(
            new CheckSpec(true, Severity.BLOCK, Location.NONE), allowUntracked, probe);
    Runner.Outcome outcome =
        new Runner(new Runner.Options(Duration.ofSeconds(120), false, false, null, null, null))
            .run(List.of(check), Map.of());
    CheckResult r = outcome.results().get(0);
    System.out.println(
        r.status() + " " + r.message() + " (check " + r.duration().toMillis() + " ms)");
    System.exit(r.status() == Status.PASS ? 0 : 1);
  }
}
