import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Build-time helper for the container image; it runs inside the Dockerfile's build stage and is
 * never part of the image. It uses the JGit classes of the fat jar, with the image's own Java
 * runtime, so what it measures is keyed exactly as the shipped runtime will look it up.
 *
 * <pre>
 * java -cp release-sentinel.jar:. ImagePrep jgit-timestamps DIR [STORE_NAME...]
 *     Measure the timestamp resolution of the file system holding DIR with JGit and save it in
 *     $XDG_CONFIG_HOME/jgit/config, then copy the values to the other file store names given
 *     (the devices a CI workspace is usually on), so that a container started with a fresh HOME
 *     neither measures (about 3 s) nor falls back to treating every recent file as racy.
 * java -cp release-sentinel.jar:. ImagePrep training-repo DIR CONFIG
 *     Make a small git repository at DIR (two commits, tag v1.0.0, CONFIG as its
 *     .release-sentinel.yml) for the class-data-sharing training run.
 * </pre>
 */
public final class ImagePrep {

  /**
   * Stores that were not measured get at least this resolution: a coarser file system at run time
   * must never make a file modified right after the index was written look clean. Files newer
   * than this window are compared by content, which costs nothing measurable.
   */
  private static final Duration ALIAS_FLOOR = Duration.ofMillis(10);

  private ImagePrep() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("jgit-timestamps")) {
      jgitTimestamps(Path.of(args[1]), List.of(args).subList(2, args.length));
    } else if (args.length == 3 && args[0].equals("training-repo")) {
      trainingRepo(Path.of(args[1]), Path.of(args[2]));
    } else {
      System.err.println(
          "usage: ImagePrep jgit-timestamps DIR [STORE_NAME...] | training-repo DIR CONFIG");
      System.exit(2);
    }
  }

  private static void jgitTimestamps(Path dir, List<String> aliases) throws Exception {
    Files.createDirectories(dir);
    String store = Files.getFileStore(dir).name();
    // Synchronous on purpose: measures now and saves to the JGit config.
    FS.FileStoreAttributes measured = FS.FileStoreAttributes.get(dir);
    // JGit saves the measurement from its own thread, possibly after get() returned.
    StoredConfig config = SystemReader.getInstance().getJGitConfig();
    String key = null;
    for (long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        key == null && System.nanoTime() < end;
        Thread.sleep(100)) {
      config.load();
      for (String sub : config.getSubsections("filesystem")) {
        if (sub.endsWith("|" + store)) {
          key = sub;
        }
      }
    }
    if (key == null) {
      throw new IllegalStateException(
          "JGit measured " + measured + " but saved no [filesystem] entry for store " + store);
    }
    // JGit's key is "<java.vendor>|<java.version>|<store name>".
    String prefix = key.substring(0, key.length() - store.length());
    long resolutionNs =
        Math.max(
            config.getTimeUnit(
                "filesystem",
                key,
                "timestampResolution",
                0,
                java.util.concurrent.TimeUnit.NANOSECONDS),
            ALIAS_FLOOR.toNanos());
    long racyNs =
        config.getTimeUnit(
            "filesystem", key, "minRacyThreshold", 0, java.util.concurrent.TimeUnit.NANOSECONDS);
    for (String alias : aliases) {
      if (alias.equals(store)) {
        continue;
      }
      config.setString(
          "filesystem", prefix + alias, "timestampResolution", resolutionNs + " nanoseconds");
      config.setString("filesystem", prefix + alias, "minRacyThreshold", racyNs + " nanoseconds");
    }
    config.save();
    System.out.println(
        "JGit file store attributes for " + store + ": " + measured + "; saved to " + config);
  }

  private static void trainingRepo(Path dir, Path configFile) throws Exception {
    PersonIdent who = new PersonIdent("release-sentinel image build", "build@invalid");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      write(dir.resolve("README.md"), "training repository for the class-data-sharing archive\n");
      write(dir.resolve(".gitignore"), "build/\n");
      Files.copy(configFile, dir.resolve(".release-sentinel.yml"));
      git.add().addFilepattern(".").call();
      git.commit().setAuthor(who).setCommitter(who).setMessage("first release").call();
      git.tag().setName("v1.0.0").setTagger(who).setMessage("v1.0.0").call();
      write(dir.resolve("CHANGELOG.md"), "## v1.1.0\n- next release\n");
      git.add().addFilepattern(".").call();
      git.commit().setAuthor(who).setCommitter(who).setMessage("next release").call();
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
