package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.git.testing.CheckRun;
import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.checks.git.testing.JGitIsolation;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(JGitIsolation.class)
class CleanTreeCheckIT {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.BLOCK, Location.NONE);

  @TempDir Path tmp;
  GitRepo repo;

  @BeforeEach
  void committedRepository() {
    repo = GitRepo.init(tmp.resolve("repo"), tmp.resolve("home"));
    repo.write("README.md", "hello\n")
        .write("src/Main.java", "class Main {}\n")
        .write(".gitignore", "build/\n*.log\n");
    repo.commitAll("initial");
  }

  CheckResult run(boolean allowUntracked) {
    LazyProbe<GitProbe> probe = GitProbes.lazy(repo.dir(), Environment.of(Map.of()));
    return CheckRun.of(new CleanTreeCheck(SPEC, allowUntracked, probe)).result();
  }

  TreeStatus status() throws CannotObserve {
    return JGitProbe.open(repo.dir(), Environment.of(Map.of())).status(true);
  }

  /** Our verdict must be native git's: same paths, clean exactly when git says clean. */
  void assertAgreesWithGit() throws CannotObserve {
    Set<String> ours = new TreeSet<>(status().paths());
    Set<String> git = new TreeSet<>();
    for (String line : repo.porcelain().split("\n")) {
      if (line.length() > 3) {
        String p = line.substring(3);
        git.add(p.contains(" -> ") ? p.substring(p.indexOf(" -> ") + 4) : p);
      }
    }
    assertThat(ours).as("paths against git status --porcelain").isEqualTo(git);
  }

  @Test
  void passesOnACleanTree() throws Exception {
    CheckResult r = run(false);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).isEqualTo("working tree clean");
    assertAgreesWithGit();
  }

  @Test
  void blocksOnAStagedChange() throws Exception {
    repo.write("README.md", "hello again\n").git("add", "README.md");
    CheckResult r = run(false);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severity()).isEqualTo(Severity.BLOCK);
    assertThat(r.message())
        .isEqualTo("1 uncommitted path (1 staged): README.md; commit or stash the changes");
    assertThat(r.details()).containsEntry("staged", 1).containsEntry("modified", 0);
    assertAgreesWithGit();
  }

  @Test
  void blocksOnAStagedNewFileAndAStagedDeletion() throws Exception {
    repo.write("src/New.java", "class New {}\n").git("add", "src/New.java");
    repo.git("rm", "-q", "src/Main.java");
    assertThat(status().staged()).containsExactly("src/Main.java", "src/New.java");
    assertAgreesWithGit();
  }

  @Test
  void blocksOnAnUnstagedChange() throws Exception {
    repo.write("src/Main.java", "class Main { int x; }\n");
    CheckResult r = run(false);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo("1 uncommitted path (1 modified): src/Main.java; commit or stash the changes");
    assertAgreesWithGit();
  }

  @Test
  void detectsASameSizeEditRightAfterTheCommit() throws Exception {
    // Same size, written in the same instant as the index: only racy-git handling catches it.
    repo.write("src/Main.java", "class Main {}\r");
    assertThat(status().unstaged()).containsExactly("src/Main.java");
    assertAgreesWithGit();
  }

  @Test
  void detectsASameSizeEditWithTheOldTimestamp() throws Exception {
    Path f = repo.dir().resolve("README.md");
    FileTime before = Files.getLastModifiedTime(f);
    Thread.sleep(20);
    Files.writeString(f, "HELLO\n");
    Files.setLastModifiedTime(f, FileTime.from(before.toInstant().plusSeconds(1)));
    assertThat(status().unstaged()).containsExactly("README.md");
    assertAgreesWithGit();
  }

  @Test
  void blocksOnADeletedFile() throws Exception {
    repo.delete("src/Main.java");
    assertThat(status().unstaged()).containsExactly("src/Main.java");
    assertAgreesWithGit();
  }

  @Test
  void blocksOnADirectoryReplacedByAFile() throws Exception {
    repo.delete("src/Main.java");
    Files.delete(repo.dir().resolve("src"));
    repo.write("src", "now a file\n");
    TreeStatus s = status();
    assertThat(s.unstaged()).containsExactly("src/Main.java");
    assertThat(s.untracked()).containsExactly("src");
    assertAgreesWithGit();
  }

  @Test
  void touchedButUnchangedFilesAreClean() throws Exception {
    Path f = repo.dir().resolve("src/Main.java");
    Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
    Files.setLastModifiedTime(repo.dir().resolve("README.md"), FileTime.from(Instant.EPOCH));
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    assertAgreesWithGit();
  }

  @Test
  void blocksOnUntrackedFilesAndNamesThem() throws Exception {
    repo.write("notes.txt", "x\n").write("docs/a.md", "a\n").write("docs/b.md", "b\n");
    CheckResult r = run(false);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "2 uncommitted paths (2 untracked): docs/, notes.txt; commit, delete or .gitignore"
                + " the untracked files (or set git.allow-untracked: true)");
    assertAgreesWithGit();
  }

  @Test
  void allowUntrackedRelaxesUntrackedFilesOnly() {
    repo.write("notes.txt", "x\n");
    CheckResult r = run(true);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo("working tree clean (untracked files are allowed by git.allow-untracked)");
    repo.write("README.md", "changed\n");
    assertThat(run(true).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void ignoredFilesNeverCount() throws Exception {
    repo.write("build/classes/A.class", "x").write("run.log", "x").write("src/debug.log", "x");
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    assertAgreesWithGit();
  }

  @Test
  void ignoreRulesFromSubdirectoriesInfoExcludeAndNegation() throws Exception {
    repo.write("src/.gitignore", "*.tmp\n!keep.tmp\n").commitAll("nested ignore");
    repo.write("src/a.tmp", "x").write("src/deep/b.tmp", "x").write("local.cfg", "x");
    Files.writeString(repo.dir().resolve(".git/info/exclude"), "local.cfg\n");
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    repo.write("src/keep.tmp", "x");
    assertThat(status().untracked()).containsExactly("src/keep.tmp");
    assertAgreesWithGit();
  }

  @Test
  void untrackedFilesInsideAnIgnoredDirectoryWithTrackedFilesAreIgnored() throws Exception {
    repo.write("build/keep.txt", "k\n").git("add", "-f", "build/keep.txt");
    repo.commitAll("force-added");
    repo.write("build/new.txt", "n\n");
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    assertAgreesWithGit();
  }

  @Test
  void emptyUntrackedDirectoriesAndOnesHoldingOnlyIgnoredFilesAreClean() throws Exception {
    Files.createDirectories(repo.dir().resolve("empty/deeper"));
    repo.write("logs/app.log", "x");
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    assertAgreesWithGit();
  }

  @Test
  void aNestedRepositoryIsUntracked() throws Exception {
    GitRepo.init(repo.dir().resolve("nested"), repo.home());
    assertThat(status().untracked()).containsExactly("nested/");
    assertAgreesWithGit();
  }

  @Test
  void reportsConflicts() throws Exception {
    repo.git("checkout", "-q", "-b", "other");
    repo.write("README.md", "theirs\n").commitAll("other side");
    repo.git("checkout", "-q", "main");
    repo.write("README.md", "ours\n").commitAll("our side");
    repo.tryGit("merge", "-q", "other");
    CheckResult r = run(false);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "1 uncommitted path (1 conflicted): README.md; resolve the conflicts and commit");
    assertThat(r.details()).containsEntry("conflicts", 1);
  }

  @Test
  void namesTenPathsAndTheTotal() {
    for (int i = 0; i < 14; i++) {
      repo.write("new/f" + (char) ('a' + i) + ".txt", "x");
    }
    repo.git("add", "new");
    CheckResult r = run(false);
    assertThat(r.message())
        .startsWith("14 uncommitted paths (14 staged): new/fa.txt, new/fb.txt,")
        .contains("new/fj.txt and 4 more; commit or stash the changes")
        .doesNotContain("new/fk.txt");
    assertThat(r.details()).containsEntry("staged", 14);
    assertThat((java.util.List<?>) r.details().get("paths")).hasSize(10);
  }

  @Test
  void lineEndingConversionIsNoDirt() throws Exception {
    repo.write(".gitattributes", "*.txt text eol=crlf\n").write("a.txt", "one\ntwo\n");
    repo.commitAll("text file");
    repo.git("config", "core.autocrlf", "true");
    repo.delete("a.txt");
    repo.delete("README.md");
    repo.git("checkout", "--", "a.txt", "README.md");
    assertThat(Files.readString(repo.dir().resolve("a.txt"))).isEqualTo("one\r\ntwo\r\n");
    // Rewrite the same CRLF content with a new timestamp: stat data differs, content does not.
    Files.writeString(repo.dir().resolve("README.md"), "hello\r\n");
    Files.setLastModifiedTime(
        repo.dir().resolve("a.txt"), FileTime.from(Instant.now().plusSeconds(3)));
    assertThat(repo.porcelain()).isEmpty();
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    assertAgreesWithGit();
  }

  @Test
  void executableBitCountsUnlessFileModeIsOff() throws Exception {
    Path f = repo.dir().resolve("src/Main.java");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(status().unstaged()).containsExactly("src/Main.java");
    assertAgreesWithGit();
    repo.git("config", "core.fileMode", "false");
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    assertAgreesWithGit();
  }

  @Test
  void submodulesAreCleanUninitializedAndDirtyWhenChanged() throws Exception {
    GitRepo sub = GitRepo.init(tmp.resolve("sub"), repo.home());
    sub.write("s.txt", "s\n").commitAll("sub");
    repo.git("submodule", "-q", "add", sub.dir().toString(), "libs/sub");
    repo.commitAll("add submodule");
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    assertAgreesWithGit();

    GitRepo clone = GitRepo.at(tmp.resolve("clone"), repo.home());
    clone.git("clone", "-q", repo.dir().toString(), clone.dir().toString());
    assertThat(clone.porcelain()).isEmpty(); // uninitialized submodule: an empty directory
    GitProbe cloneProbe = JGitProbe.open(clone.dir(), Environment.of(Map.of()));
    assertThat(cloneProbe.status(true).clean()).isTrue();

    Files.writeString(repo.dir().resolve("libs/sub/s.txt"), "changed\n");
    assertThat(status().unstaged()).containsExactly("libs/sub");
    assertAgreesWithGit();
  }

  @Test
  void aSymlinkIsJudgedByItsTarget() throws Exception {
    Files.createSymbolicLink(repo.dir().resolve("link"), Path.of("README.md"));
    repo.commitAll("link");
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    Files.delete(repo.dir().resolve("link"));
    Files.createSymbolicLink(repo.dir().resolve("link"), Path.of("src"));
    assertThat(status().unstaged()).containsExactly("link");
    assertAgreesWithGit();
  }

  @Test
  void intentToAddIsAChange() throws Exception {
    repo.write("later.txt", "x\n").git("add", "-N", "later.txt");
    assertThat(status().unstaged()).containsExactly("later.txt");
    assertThat(status().staged()).isEmpty();
    assertAgreesWithGit();
  }

  @Test
  void sparseCheckoutEntriesAreNotDeletions() throws Exception {
    repo.git("sparse-checkout", "set", "--no-cone", "/README.md", "/.gitignore");
    assertThat(Files.exists(repo.dir().resolve("src/Main.java"))).isFalse();
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    assertAgreesWithGit();
  }

  @Test
  void readsAPathCompressedVersion4Index() throws Exception {
    repo.write("src/deep/er/B.java", "class B {}\n").commitAll("deeper");
    repo.git("update-index", "--index-version", "4");
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    repo.write("src/deep/er/B.java", "class B { }\n").write("src/deep/C.java", "c");
    assertThat(status().unstaged()).containsExactly("src/deep/er/B.java");
    assertAgreesWithGit();
  }

  @Test
  void aSplitIndexErrorsWithTheFix() {
    repo.git("update-index", "--split-index");
    CheckResult r = run(false);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .startsWith("cannot read the status of " + repo.dir())
        .endsWith(
            "the index is split (core.splitIndex), which is not supported: run git update-index"
                + " --no-split-index");
  }

  @Test
  void aLargeDirectoryIsSplitAcrossThreadsAndStillJudgedRightly() throws Exception {
    for (int i = 0; i < 2600; i++) {
      repo.write("big/f" + i + ".txt", "file " + i + "\n");
    }
    repo.commitAll("big");
    assertThat(run(false).status()).isEqualTo(Status.PASS);
    repo.write("big/f2500.txt", "changed, longer\n").delete("big/f7.txt").write("big/new.txt", "n");
    TreeStatus s = status();
    assertThat(s.unstaged()).containsExactly("big/f2500.txt", "big/f7.txt");
    assertThat(s.untracked()).containsExactly("big/new.txt");
    assertAgreesWithGit();
  }

  @Test
  void worksInARepositoryWithoutCommits() throws Exception {
    GitRepo fresh = GitRepo.init(tmp.resolve("fresh"), repo.home());
    fresh.write("a.txt", "a\n").git("add", "a.txt");
    TreeStatus s = JGitProbe.open(fresh.dir(), Environment.of(Map.of())).status(true);
    assertThat(s.staged()).containsExactly("a.txt");
  }

  @Test
  void errorsOutsideARepository() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    LazyProbe<GitProbe> probe = GitProbes.lazy(plain, Environment.of(Map.of()));
    CheckResult r = CheckRun.of(new CleanTreeCheck(SPEC, false, probe)).result();
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo(
            "not a git repository: "
                + plain.toAbsolutePath()
                + " (nor any of its parents); run in a git checkout or pass --repo DIR");
  }

  @Test
  void publishesTheCommitAndBranch() {
    LazyProbe<GitProbe> probe = GitProbes.lazy(repo.dir(), Environment.of(Map.of()));
    CheckRun run = CheckRun.of(new CleanTreeCheck(SPEC, false, probe));
    assertThat(run.facts())
        .containsEntry("repository.commit", repo.head())
        .containsEntry("repository.branch", "main");
  }
}
