package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code git.clean-tree} judged from literal statuses. Whether the status is right for a working
 * tree (git's own verdict, path by path) is CleanTreeCheckIT's business, on real repositories.
 */
class CleanTreeJudgeTest {

  static final CheckSpec SPEC = new CheckSpec(true, Severity.BLOCK, Location.NONE);

  static CheckResult judge(boolean allowUntracked, TreeStatus status, String... own) {
    return new CleanTreeCheck(SPEC, allowUntracked, null)
        .judge(new GitProbe.OwnStatus(status, List.of(own)));
  }

  static TreeStatus status(
      List<String> staged, List<String> unstaged, List<String> untracked, List<String> conflicts) {
    return new TreeStatus(staged, unstaged, untracked, conflicts);
  }

  static final TreeStatus CLEAN = status(List.of(), List.of(), List.of(), List.of());

  @Test
  void passesOnACleanTree() {
    CheckResult r = judge(false, CLEAN);
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).isEqualTo("working tree clean");
    assertThat(r.details()).isEmpty();
  }

  @Test
  void allowUntrackedSaysSoWhenClean() {
    assertThat(judge(true, CLEAN).message())
        .isEqualTo("working tree clean (untracked files are allowed by git.allow-untracked)");
  }

  @Test
  void blocksOnUntrackedFilesAndNamesThem() {
    CheckResult r =
        judge(false, status(List.of(), List.of(), List.of("docs/", "notes.txt"), List.of()));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "2 uncommitted paths (2 untracked): docs/, notes.txt; commit, delete or .gitignore"
                + " the untracked files (or set git.allow-untracked: true)");
    assertThat(r.details())
        .containsEntry("staged", 0)
        .containsEntry("modified", 0)
        .containsEntry("untracked", 2)
        .containsEntry("conflicts", 0)
        .containsEntry("paths", List.of("docs/", "notes.txt"));
  }

  @Test
  void blocksOnStagedAndModifiedFilesSayingToCommitOrStash() {
    CheckResult r =
        judge(false, status(List.of("src/A.java"), List.of("README.md"), List.of(), List.of()));
    assertThat(r.message())
        .isEqualTo(
            "2 uncommitted paths (1 staged, 1 modified): src/A.java, README.md; commit or stash"
                + " the changes");
  }

  @Test
  void reportsConflictsFirstWithTheirFix() {
    CheckResult r = judge(false, status(List.of(), List.of(), List.of(), List.of("README.md")));
    assertThat(r.message())
        .isEqualTo(
            "1 uncommitted path (1 conflicted): README.md; resolve the conflicts and commit");
    assertThat(r.details()).containsEntry("conflicts", 1);
  }

  @Test
  void everyKindAtOnceListsEachPathOnceAndEveryFix() {
    CheckResult r =
        judge(false, status(List.of("a", "c"), List.of("b", "c"), List.of("new/"), List.of("c")));
    assertThat(r.message())
        .isEqualTo(
            "4 uncommitted paths (1 conflicted, 2 staged, 2 modified, 1 untracked): c, a, b,"
                + " new/; resolve the conflicts and commit; commit or stash the changes; commit,"
                + " delete or .gitignore the untracked files (or set git.allow-untracked: true)");
  }

  @Test
  void namesTenPathsAndTheTotal() {
    List<String> staged = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      staged.add("new/f" + (char) ('a' + i) + ".txt");
    }
    CheckResult r = judge(false, status(staged, List.of(), List.of(), List.of()));
    assertThat(r.message())
        .startsWith("14 uncommitted paths (14 staged): new/fa.txt, new/fb.txt,")
        .contains("new/fj.txt and 4 more; commit or stash the changes")
        .doesNotContain("new/fk.txt");
    assertThat(r.details()).containsEntry("staged", 14);
    assertThat((List<?>) r.details().get("paths")).hasSize(10);
  }

  @Test
  void theRunsOwnFilesAreNamedAsNotCounted() {
    CheckResult clean = judge(false, CLEAN, "reports/gate.xml", ".release-sentinel/");
    assertThat(clean.status()).isEqualTo(Status.PASS);
    assertThat(clean.message())
        .isEqualTo(
            "working tree clean (this run's own files not counted: reports/gate.xml,"
                + " .release-sentinel/)");
    assertThat(clean.details())
        .containsEntry("ownFiles", List.of("reports/gate.xml", ".release-sentinel/"));
    CheckResult dirty =
        judge(false, status(List.of(), List.of("README.md"), List.of(), List.of()), "gate.xml");
    assertThat(dirty.message())
        .endsWith("commit or stash the changes (this run's own files not counted: gate.xml)");
    assertThat(dirty.details()).containsEntry("ownFiles", List.of("gate.xml"));
  }
}
