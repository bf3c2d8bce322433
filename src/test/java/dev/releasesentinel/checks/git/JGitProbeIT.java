package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.checks.git.testing.JGitIsolation;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(JGitIsolation.class)
class JGitProbeIT {

  @TempDir Path tmp;
  GitRepo repo;

  @BeforeEach
  void repository() {
    repo = GitRepo.init(tmp.resolve("repo"), tmp.resolve("home"));
    repo.write("src/A.java", "class A {}\n").write(".gitignore", "*.log\n").commitAll("a");
    repo.git("tag", "v1.0.0");
  }

  static GitProbe probe(Path dir) throws CannotObserve {
    return JGitProbe.open(dir, Environment.of(Map.of()));
  }

  @Test
  void readsHeadOnABranch() throws Exception {
    Head h = probe(repo.dir()).head();
    assertThat(h.commit()).contains(repo.head());
    assertThat(h.branch()).contains("main");
    assertThat(h.branch()).isPresent();
    assertThat(h.path()).isEqualTo(repo.dir().toString());
  }

  @Test
  void readsADetachedHead() throws Exception {
    repo.git("checkout", "-q", "--detach");
    Head h = probe(repo.dir()).head();
    assertThat(h.branch()).isEmpty();
    assertThat(h.commit()).contains(repo.head());
  }

  @Test
  void findsTheRepositoryFromASubdirectory() throws Exception {
    repo.write("new.txt", "x");
    GitProbe p = probe(repo.dir().resolve("src"));
    assertThat(p.head().branch()).contains("main");
    assertThat(p.status(true).untracked()).containsExactly("new.txt");
  }

  @Test
  void worksInALinkedWorktree() throws Exception {
    Path wt = tmp.resolve("wt");
    repo.git("worktree", "add", "-q", "-b", "feature", wt.toString());
    GitRepo w = GitRepo.at(wt, repo.home());
    GitProbe p = probe(wt);
    assertThat(p.head().branch()).contains("feature");
    assertThat(p.status(true).clean()).isTrue();
    assertThat(p.localTags()).extracting(Tag::name).containsExactly("v1.0.0");
    w.write("debug.log", "ignored").write("src/B.java", "class B {}\n");
    assertThat(p.status(true).untracked()).containsExactly("src/B.java");
    assertThat(w.porcelain()).isEqualTo("?? src/B.java");
  }

  @Test
  void worksInARepositoryOwnedByAnotherUser() throws Exception {
    assumeThat(System.getProperty("user.name")).as("needs root to chown").isEqualTo("root");
    run("chown", "-R", "1001:1001", repo.dir().toString());
    GitRepo.Result nativeGit = repo.tryGit("status", "--porcelain");
    assertThat(nativeGit.exit()).isNotZero();
    assertThat(nativeGit.err()).contains("dubious ownership");
    GitProbe p = probe(repo.dir());
    assertThat(p.head().commit()).isPresent();
    assertThat(p.status(true).clean()).isTrue();
    assertThat(p.localTags()).extracting(Tag::name).containsExactly("v1.0.0");
  }

  @Test
  void saysWhereThereIsNoRepository() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> probe(plain).head(), CannotObserve.class))
        .hasMessage(
            "not a git repository: "
                + plain.toAbsolutePath()
                + " (nor any of its parents); run in a git checkout or pass --repo DIR");
    Path missing = tmp.resolve("missing");
    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> probe(missing).status(true), CannotObserve.class))
        .hasMessage("not a git repository: " + missing + " (no such directory); pass --repo DIR");
  }

  @Test
  void readsAnnotatedAndLightweightTagsPeeled() throws Exception {
    repo.git("tag", "-a", "-m", "annotated", "v1.1.0");
    List<Tag> tags = probe(repo.dir()).localTags();
    assertThat(tags)
        .containsExactlyInAnyOrder(
            new Tag("v1.0.0", repo.head(), false), new Tag("v1.1.0", repo.head(), true));
  }

  @Test
  void aColdHomeDoesNotWaitForJGitsTimestampMeasurement() throws Exception {
    // Interleaved, best of two each: the machine may be busy, the difference is what counts.
    long waiting = Long.MAX_VALUE;
    long ours = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      waiting = Math.min(waiting, coldRun("--wait-for-jgit"));
      ours = Math.min(ours, coldRun());
    }
    assumeThat(waiting)
        .as("JGit's measurement is slow here, so the comparison means something")
        .isGreaterThan(1500L);
    assertThat(ours)
        .as("first HEAD and status in a cold HOME; %d ms when waiting for JGit", waiting)
        .isLessThan(waiting - 1000);
  }

  @Test
  void aColdHomeUsesJGitsFallbackTimestampResolutionWithoutMeasuringIt() throws Exception {
    // In the foreground JGit would measure (seconds) and save the result in the empty HOME; a
    // real file system's resolution is microseconds or less, never JGit's 2 s fallback.
    Path home = Files.createTempDirectory(tmp, "cold-home");
    List<String> out = coldRunIn(home, "--print-attributes");
    assertThat(Long.parseLong(out.get(out.size() - 1)))
        .isEqualTo(FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION.toNanos());
    assertThat(home.resolve(".config/jgit/config")).doesNotExist();
  }

  /** Runs {@link JGitColdStart} in a new JVM whose home and XDG directories are empty. */
  long coldRun(String... extra) throws IOException, InterruptedException {
    List<String> lines = coldRunIn(Files.createTempDirectory(tmp, "cold-home"), extra);
    return Long.parseLong(lines.get(lines.size() - 1).trim());
  }

  /** The output lines of {@link JGitColdStart} run in a new JVM with HOME at {@code home}. */
  List<String> coldRunIn(Path home, String... extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Duser.home=" + home);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(JGitColdStart.class.getName());
    cmd.add(repo.dir().toString());
    cmd.addAll(List.of(extra));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("HOME", home.toString());
    pb.environment().remove("XDG_CONFIG_HOME");
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return List.of(out.split("\n"));
  }

  static void run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }
}
