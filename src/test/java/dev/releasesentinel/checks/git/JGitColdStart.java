package dev.releasesentinel.checks.git;

import dev.releasesentinel.engine.Environment;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Child-process entry point for {@link JGitProbeIT}'s cold-HOME test: reads HEAD and the status of
 * a repository and prints how long that took, in milliseconds. With {@code --wait-for-jgit} the
 * same code runs with JGit's timestamp measurement in the foreground, as without {@link
 * JGitRuntime}. With {@code --print-attributes} JGit may measure in the foreground too, and the
 * timestamp resolution JGit then uses for the repository is printed (in nanoseconds) last.
 */
public final class JGitColdStart {

  private JGitColdStart() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    String mode = args.length > 1 ? args[1] : "";
    SystemReader plain = SystemReader.getInstance();
    JGitRuntime.install();
    if (mode.equals("--wait-for-jgit")) {
      SystemReader.setInstance(plain); // no fallback attributes: JGit measures
      FS.FileStoreAttributes.setBackground(false);
    } else if (mode.equals("--print-attributes")) {
      FS.FileStoreAttributes.setBackground(false);
    }
    long t0 = System.nanoTime();
    GitProbe probe = JGitProbe.open(repo, Environment.of(Map.of()));
    probe.head();
    if (!probe.status(true).clean()) {
      throw new IllegalStateException("expected a clean tree");
    }
    System.out.println((System.nanoTime() - t0) / 1_000_000);
    if (mode.equals("--print-attributes")) {
      System.out.println(
          FS.getFileStoreAttributes(repo.resolve(".git")).getFsTimestampResolution().toNanos());
    }
  }
}
