package dev.releasesentinel.checks.git.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real repository driven by native git ({@code /usr/bin/git}) to build test states. Git never
 * reads the developer's config: HOME points at a private directory, the system config is off, and
 * the identity is fixed.
 */
public final class GitRepo {

  private static final String GIT = "/usr/bin/git";

  private final Path dir;
  private final Path home;

  private GitRepo(Path dir, Path home) {
    this.dir = dir;
    this.home = home;
  }

  /** A new repository on branch main in {@code dir} (created), with git's HOME in {@code home}. */
  public static GitRepo init(Path dir, Path home) {
    GitRepo r = at(dir, home);
    r.git("init", "-q", "-b", "main");
    return r;
  }

  /** An existing directory (repository or not), run with git's HOME in {@code home}. */
  public static GitRepo at(Path dir, Path home) {
    try {
      Files.createDirectories(dir);
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GitRepo(dir, home);
  }

  public Path dir() {
    return dir;
  }

  public Path home() {
    return home;
  }

  /** Runs git in this directory; returns stdout without the trailing newline; fails on error. */
  public String git(String... args) {
    Result r = tryGit(args);
    if (r.exit() != 0) {
      throw new IllegalStateException(
          "git " + String.join(" ", args) + " failed (" + r.exit() + "): " + r.err());
    }
    return r.out();
  }

  /** The outcome of a git command that may fail. */
  public record Result(int exit, String out, String err) {}

  public Result tryGit(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(GIT);
    cmd.add("-c");
    cmd.add("protocol.file.allow=always");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("GIT_"));
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_TERMINAL_PROMPT", "0");
    env.put("GIT_AUTHOR_NAME", "t");
    env.put("GIT_AUTHOR_EMAIL", "t@example.com");
    env.put("GIT_COMMITTER_NAME", "t");
    env.put("GIT_COMMITTER_EMAIL", "t@example.com");
    env.put("LANG", "C.UTF-8");
    try {
      Path out = Files.createTempFile("git-out", ".txt");
      Path err = Files.createTempFile("git-err", ".txt");
      try {
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException("git " + String.join(" ", args) + " timed out");
        }
        String o = Files.readString(out, StandardCharsets.UTF_8);
        if (o.endsWith("\n")) {
          o = o.substring(0, o.length() - 1);
        }
        return new Result(p.exitValue(), o, Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Writes a file (parents created), relative to the working tree. */
  public GitRepo write(String path, String content) {
    try {
      Path p = dir.resolve(path);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public GitRepo delete(String path) {
    try {
      Files.delete(dir.resolve(path));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stages everything and commits; returns the new commit id. */
  public String commitAll(String message) {
    git("add", "-A");
    git("commit", "-q", "--allow-empty", "-m", message);
    return head();
  }

  public String head() {
    return git("rev-parse", "HEAD");
  }

  /** {@code git status --porcelain}, the reference for what counts as dirty. */
  public String porcelain() {
    return git("status", "--porcelain");
  }
}
