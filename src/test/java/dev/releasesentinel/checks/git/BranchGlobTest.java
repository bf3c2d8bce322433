package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BranchGlobTest {

  @ParameterizedTest(name = "{0} vs {1} -> {2}")
  @CsvSource({
    "main, main, true",
    "main, main2, false",
    "main, feature/main, false",
    "release/*, release/1.4, true",
    "release/*, release/, true",
    "release/*, release/1.4/hotfix, false",
    "release/*, release, false",
    "release/*, prerelease/1.4, false",
    "release-*, release-2026, true",
    "*, main, true",
    "*, feature/x, false",
    "**, feature/x/y, true",
    "**, main, true",
    "release/**, release/1.4/hotfix, true",
    "release/**, release/1.4, true",
    "release/**, release, false",
    "**/hotfix, hotfix, true",
    "**/hotfix, a/b/hotfix, true",
    "**/hotfix, a/hotfix2, false",
    "feature/*/done, feature/x/done, true",
    "feature/*/done, feature/x/y/done, false",
    "feature/**/done, feature/x/y/done, true",
    "feature/**/done, feature/done, true",
    "v1.*, v1.x, true",
    "v1.*, v1x, false",
    "a+b, a+b, true",
    "(x), (x), true",
    "*-rc, 1.0-rc, true"
  })
  void matchesLikeTheSpecSays(String glob, String branch, boolean matches) {
    assertThat(BranchGlob.of(glob).matches(branch)).isEqualTo(matches);
  }

  @Test
  void aListWithDoubleStarAllowsAnyBranch() {
    assertThat(BranchGlob.allowsAny(List.of("main", "**"))).isTrue();
    assertThat(BranchGlob.allowsAny(List.of("main", "release/**"))).isFalse();
  }

  @Test
  void findsTheFirstMatchingPattern() {
    assertThat(BranchGlob.firstMatch(List.of("main", "release/*"), "release/2"))
        .contains("release/*");
    assertThat(BranchGlob.firstMatch(List.of("main"), "dev")).isEmpty();
  }
}
