package dev.releasesentinel.checks.git;

import java.io.File;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.util.FS;

/**
 * Process-wide JGit settings, applied once before the first repository is opened.
 *
 * <ul>
 *   <li>JGit measures the file system's timestamp resolution on first access to a file store and
 *       stores it under {@code $XDG_CONFIG_HOME/jgit}. In a fresh HOME (every CI container job)
 *       that blocks about 3 s. Measuring in the background makes JGit use its conservative fallback
 *       (2 s resolution, so recently written files are compared by content) until it knows.
 *   <li>To find the system-wide git config JGit runs {@code git --version} and {@code git config
 *       --system --edit}; pointing it at {@code /etc/gitconfig} (git's own default on Linux) spares
 *       two process starts and never runs git.
 * </ul>
 */
final class JGitRuntime {

  private static final AtomicBoolean INSTALLED = new AtomicBoolean();

  private JGitRuntime() {}

  static void install() {
    if (!INSTALLED.compareAndSet(false, true)) {
      return;
    }
    FS.FileStoreAttributes.setBackground(true);
    if (File.separatorChar == '/') {
      FS.DETECTED.setGitSystemConfig(new File("/etc/gitconfig"));
    }
  }
}
