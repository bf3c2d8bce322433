package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.Environment;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.util.FS;

/**
 * Child-process entry point for {@link JGitProbeTest}'s cold-HOME test: reads HEAD and the status
 * of a repository and prints how long that took, in milliseconds. With {@code --wait-for-jgit} the
 * same code runs with JGit's timestamp measurement in the foreground, as without {@link
 * JGitRuntime}.
 */
public final class JGitColdStart {

  private JGitColdStart() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    JGitRuntime.install();
    if (args.length > 1 && args[1].equals("--wait-for-jgit")) {
      FS.FileStoreAttributes.setBackground(false);
    }
    long t0 = System.nanoTime();
    GitProbe probe = new JGitProbe(repo, Environment.of(Map.of()));
    probe.head();
    if (!probe.status(true).clean()) {
      throw new IllegalStateException("expected a clean tree");
    }
    System.out.println((System.nanoTime() - t0) / 1_000_000);
  }
}
