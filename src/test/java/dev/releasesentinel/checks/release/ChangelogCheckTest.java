package dev.releasesentinel.checks.release;

import static dev.releasesentinel.checks.release.Files.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.StubCheckContext;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangelogCheckTest {

  @TempDir Path repo;

  CheckResult run(String changelog, boolean requireContent) throws Exception {
    if (changelog != null) {
      write(repo, "CHANGELOG.md", changelog);
    }
    return new ChangelogCheck(
            new ReleaseConfig.Changelog(Severity.BLOCK, "CHANGELOG.md", requireContent),
            repo,
            new ReleaseVersionRule(Optional.of("v1.4.2"), "v", true))
        .run(new StubCheckContext());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "## [1.4.2] - 2026-12-07",
        "## 1.4.2",
        "## v1.4.2",
        "## [v1.4.2]",
        "## [1.4.2](https://github.com/acme/shop/compare/v1.4.1...v1.4.2) (2026-12-07)",
        "### 1.4.2 (2026-12-07)",
        "1.4.2\n-----",
      })
  void findsTheSectionInTheUsualForms(String heading) throws Exception {
    CheckResult r =
        run(
            "# Changelog\n\n## [Unreleased]\n\n"
                + heading
                + "\n\n- Fixed the thing\n\n## 1.4.1\n\n- Older\n",
            true);
    assertThat(r.status()).as(r.message()).isEqualTo(Status.PASS);
    assertThat(r.details()).containsEntry("line", 5);
    assertThat(r.message()).startsWith("CHANGELOG.md has a section for 1.4.2 (line 5: ");
  }

  @Test
  void otherVersionsAndLookalikesDoNotCount() throws Exception {
    CheckResult r =
        run(
            "# Changelog\n\n## 1.4.20\n\n- x\n\n## Changes since 1.4.2\n\n- y\n\n```\n## 1.4.2\n```\n\n<!--\n## 1.4.2\n-->\n",
            true);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "CHANGELOG.md has no section for 1.4.2 (a heading such as ## [1.4.2] - YYYY-MM-DD): add"
                + " one");
  }

  @Test
  void anEmptySectionFailsWhenContentIsRequired() throws Exception {
    String text =
        "# Changelog\n\n## [1.4.2] - 2026-12-07\n\n### Added\n\n## [1.4.1] - 2026-11-01\n\n- x\n\n[1.4.2]: https://example.com/1.4.2\n";
    CheckResult r = run(text, true);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "CHANGELOG.md's section for 1.4.2 (line 3: ## [1.4.2] - 2026-12-07) is empty: list what"
                + " the release changes");
    assertThat(run(text, false).status()).isEqualTo(Status.PASS);
  }

  @Test
  void contentUnderASubHeadingCounts() throws Exception {
    assertThat(run("## [1.4.2] - 2026-12-07\n### Fixed\n- the thing\n## [1.4.1]\n", true).status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void theLastSectionsLinkDefinitionsAreNotContent() throws Exception {
    assertThat(
            run("## [1.4.2] - 2026-12-07\n\n[1.4.2]: https://example.com/v1.4.2\n", true).status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void unreleasedEntriesWithoutTheVersionSaySo() throws Exception {
    CheckResult r =
        run(
            "# Changelog\n\n## [Unreleased]\n\n- New thing\n\n## [1.4.1] - 2026-11-01\n\n- x\n",
            true);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "CHANGELOG.md has no section for 1.4.2 (a heading such as ## [1.4.2] - YYYY-MM-DD), but"
                + " its [Unreleased] section (line 3) has entries: release them as ## [1.4.2] -"
                + " YYYY-MM-DD and start a new, empty [Unreleased] above it");
    assertThat(r.details()).containsEntry("line", 3);
  }

  @Test
  void noChangelogFails() throws Exception {
    CheckResult r = run(null, true);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith("there is no CHANGELOG.md: add one with a section for 1.4.2");
  }
}
