package dev.releasesentinel.checks.git;

import java.io.File;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Process-wide JGit settings, applied once before the first repository is opened.
 *
 * <ul>
 *   <li>JGit measures the file system's timestamp resolution on first access to a file store and
 *       stores it under {@code $XDG_CONFIG_HOME/jgit}. In the foreground that blocks about 3 s; in
 *       the background JGit still waits 100 ms for it, then uses its conservative fallback (2 s
 *       resolution, so recently written files are compared by content), and the measurement runs on
 *       beside the checks. A gate run is over long before the measurement, so it is never saved,
 *       and every run paid for it again (0.17 to 0.28 s a run on two cores). The fallback is now
 *       what JGit finds for every mounted file store that has no measured value: the same
 *       judgement, no wait, no measurement. Values measured by other JGit programs still win.
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
      SystemReader.setInstance(new FallbackAttributes(SystemReader.getInstance()));
    }
  }

  /**
   * JGit's own config ({@code $XDG_CONFIG_HOME/jgit/config}) with JGit's fallback file store
   * attributes underneath, under the keys JGit reads them by ({@code java.vendor|java.version|} and
   * the store's name on Unix-like systems).
   */
  private static final class FallbackAttributes extends SystemReader.Delegate {

    FallbackAttributes(SystemReader base) {
      super(base);
    }

    @Override
    public FileBasedConfig openJGitConfig(Config parent, FS fs) {
      return super.openJGitConfig(fallbacks(parent), fs);
    }

    private static Config fallbacks(Config parent) {
      Config c = new Config(parent);
      String prefix = System.getProperty("java.vendor") + "|" + System.getProperty("java.version");
      Duration resolution = FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION;
      Duration racy = FS.FileStoreAttributes.FALLBACK_FILESTORE_ATTRIBUTES.getMinimalRacyInterval();
      for (FileStore store : FileSystems.getDefault().getFileStores()) {
        String key = prefix + "|" + store.name();
        c.setString(
            "filesystem", key, "timestampResolution", resolution.toNanos() + " nanoseconds");
        c.setString("filesystem", key, "minRacyThreshold", racy.toNanos() + " nanoseconds");
      }
      return c;
    }
  }
}
