package dev.releasesentinel.checks.git.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps JGit away from the developer's configuration during a test class: user, system and XDG
 * config all point into an empty directory of its own. Register with {@code @ExtendWith}.
 */
public final class JGitIsolation implements BeforeAllCallback, AfterAllCallback {

  private SystemReader previous;
  private Path dir;

  private static final java.util.concurrent.atomic.AtomicBoolean MEASURED =
      new java.util.concurrent.atomic.AtomicBoolean();

  @Override
  public void beforeAll(ExtensionContext context) {
    try {
      dir = Files.createTempDirectory("jgit-home");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    previous = SystemReader.getInstance();
    SystemReader.setInstance(new EmptyHome(previous, dir));
    measureOnce();
  }

  /**
   * JGit measures the file system's timestamp resolution once per JVM, by writing probe files next
   * to the first file it snapshots (inside .git). The product lets that run in the background;
   * tests measure it up front so that no probe file is being written while a temporary repository
   * is deleted.
   */
  private static void measureOnce() {
    if (!MEASURED.compareAndSet(false, true)) {
      return;
    }
    try {
      Path probe = Files.createTempDirectory("jgit-measure");
      FS.FileStoreAttributes.setBackground(false);
      FS.FileStoreAttributes.get(probe);
      Files.deleteIfExists(probe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      FS.FileStoreAttributes.setBackground(true);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    SystemReader.setInstance(previous);
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** A SystemReader whose user, system and XDG config live in one empty directory. */
  public static final class EmptyHome extends SystemReader {
    private final SystemReader base;
    private final Path home;

    public EmptyHome(SystemReader base, Path home) {
      this.base = base;
      this.home = home;
    }

    @Override
    public String getHostname() {
      return "localhost";
    }

    @Override
    public String getenv(String variable) {
      return switch (variable) {
        case "HOME" -> home.toString();
        case "XDG_CONFIG_HOME" -> home.resolve(".config").toString();
        case "XDG_CACHE_HOME" -> home.resolve(".cache").toString();
        case "GIT_CONFIG_NOSYSTEM" -> "1";
        default -> base.getenv(variable);
      };
    }

    @Override
    public String getProperty(String key) {
      return "user.home".equals(key) ? home.toString() : base.getProperty(key);
    }

    @Override
    public FileBasedConfig openUserConfig(Config parent, FS fs) {
      return new FileBasedConfig(parent, home.resolve(".gitconfig").toFile(), fs);
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
      return new FileBasedConfig(parent, home.resolve("gitconfig-system").toFile(), fs);
    }

    @Override
    public FileBasedConfig openJGitConfig(Config parent, FS fs) {
      return new FileBasedConfig(parent, home.resolve(".config/jgit/config").toFile(), fs);
    }

    @Override
    public Path getXdgConfigDirectory(FS fs) {
      return home.resolve(".config");
    }

    @Override
    public long getCurrentTime() {
      return base.getCurrentTime();
    }

    @Override
    public int getTimezone(long when) {
      return base.getTimezone(when);
    }
  }
}
