import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Build-time helper for the container image; it runs inside the Dockerfile's build stage and is
 * never part of the image. It uses the JGit classes of the fat jar, with the image's own Java
 * runtime, so what it measures is keyed exactly as the shipped runtime will look it up.
 *
 * <pre>
 * java -cp release-sentinel.jar:. ImagePrep jgit-timestamps DIR OUTPUT [STORE_NAME...]
 *     Measure the timestamp resolution of the file system holding DIR with JGit and write it to
 *     OUTPUT (a JGit config file, the image's $XDG_CONFIG_HOME/jgit/config), also under the other
 *     file store names given (the devices a CI workspace is usually on), so that a container
 *     started with a fresh HOME neither measures (about 3 s) nor falls back to treating every
 *     recent file as racy.
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
    if (args.length >= 3 && args[0].equals("jgit-timestamps")) {
      jgitTimestamps(Path.of(args[1]), Path.of(args[2]), List.of(args).subList(3, args.length));
    } else if (args.length == 3 && args[0].equals("training-repo")) {
      trainingRepo(Path.of(args[1]), Path.of(args[2]));
    } else {
      System.err.println(
          "usage: ImagePrep jgit-timestamps DIR OUTPUT [STORE_NAME...] | training-repo DIR CONFIG");
      System.exit(2);
    }
  }

  private static void jgitTimestamps(Path dir, Path output, List<String> aliases)
      throws Exception {
    Files.createDirectories(dir);
    String store = Files.getFileStore(dir).name();
    // Synchronous on purpose: measures now. JGit also saves the result, from its own thread, to
    // $XDG_CONFIG_HOME/jgit/config (a scratch directory here); OUTPUT is written only by us.
    FS.FileStoreAttributes measured = FS.FileStoreAttributes.get(dir);
    String prefix = jgitKeyPrefix(store);
    FileBasedConfig config = new FileBasedConfig(output.toFile(), FS.DETECTED);
    set(config, prefix + store, measured.getFsTimestampResolution(), measured);
    Duration floored =
        measured.getFsTimestampResolution().compareTo(ALIAS_FLOOR) < 0
            ? ALIAS_FLOOR
            : measured.getFsTimestampResolution();
    for (String alias : aliases) {
      if (!alias.equals(store)) {
        set(config, prefix + alias, floored, measured);
      }
    }
    Files.createDirectories(output.getParent());
    config.save();
    System.out.println(
        "JGit file store attributes for " + store + ": " + measured + "; written to " + output);
  }

  private static void set(
      FileBasedConfig config, String key, Duration resolution, FS.FileStoreAttributes measured) {
    config.setString(
        "filesystem", key, "timestampResolution", resolution.toNanos() + " nanoseconds");
    config.setString(
        "filesystem",
        key,
        "minRacyThreshold",
        measured.getMinimalRacyInterval().toNanos() + " nanoseconds");
  }

  /**
   * JGit keys the entries "<java.vendor>|<java.version>|<store name>"; the prefix is taken from
   * the entry JGit saves itself when it appears, so that a change of format cannot go unnoticed.
   */
  private static String jgitKeyPrefix(String store) throws Exception {
    String expected =
        System.getProperty("java.vendor") + "|" + System.getProperty("java.version") + "|";
    File saved = ((FileBasedConfig) SystemReader.getInstance().getJGitConfig()).getFile();
    FileBasedConfig read = new FileBasedConfig(saved, FS.DETECTED);
    for (long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        System.nanoTime() < end;
        Thread.sleep(100)) {
      if (saved.isFile()) {
        read.load();
        for (String sub : read.getSubsections("filesystem")) {
          if (sub.endsWith("|" + store)) {
            String prefix = sub.substring(0, sub.length() - store.length());
            if (!prefix.equals(expected)) {
              throw new IllegalStateException(
                  "JGit keys file stores as '" + sub + "', expected '" + expected + store + "'");
            }
            return prefix;
          }
        }
      }
    }
    System.out.println("JGit saved no entry within 20 s; using the key format " + expected);
    return expected;
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
