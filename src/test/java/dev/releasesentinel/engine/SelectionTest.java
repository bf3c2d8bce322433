package dev.releasesentinel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.testing.FakeCheck;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectionTest {

  private final List<Check> checks =
      List.of(
          FakeCheck.of("git.clean-tree", Status.PASS),
          FakeCheck.of("git.branch", Status.PASS),
          FakeCheck.of("system.disk:/", Status.PASS),
          FakeCheck.of("system.disk:/var", Status.PASS),
          FakeCheck.of("api:payments", Status.PASS),
          FakeCheck.of("api:payments-eu", Status.PASS));

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "git.clean-tree, git, true",
    "git.clean-tree, git.clean-tree, true",
    "git.clean-tree, git.clean, false",
    "system.disk:/var, system.disk, true",
    "system.disk:/var, system, true",
    "api:payments-eu, api:payments, false",
    "api:payments, api, true",
    "env.required:DB, env.required, true",
    "gitx.a, git, false",
  })
  void selectorsMatchWholeIdsOrSegmentPrefixes(String id, String selector, boolean matches) {
    assertThat(CheckId.of(id).matches(selector)).isEqualTo(matches);
  }

  @Test
  void onlyRunsTheNamedChecksAndSkipsTheRestWithAReason() {
    Selection s = Selection.parse(List.of("git,api:payments"), List.of());
    assertThat(s.skips(checks))
        .containsOnlyKeys(
            CheckId.of("system.disk:/"),
            CheckId.of("system.disk:/var"),
            CheckId.of("api:payments-eu"))
        .containsValue("not selected by --only");
  }

  @Test
  void skipSaysSo() {
    Selection s = Selection.parse(List.of(), List.of("system.disk"));
    assertThat(s.skips(checks))
        .containsOnlyKeys(CheckId.of("system.disk:/"), CheckId.of("system.disk:/var"));
    assertThat(s.skips(checks).values()).containsOnly("--skip");
  }

  @Test
  void aSelectorThatMatchesNothingIsAProblemWithASuggestion() {
    Selection s = Selection.parse(List.of("gti"), List.of("system.dsk"));
    assertThat(s.problems(checks))
        .containsExactly(
            "--only 'gti' matches no check that this config runs; did you mean 'git'? ('release-sentinel list' shows the check ids)",
            "--skip 'system.dsk' matches no check that this config runs; did you mean 'system.disk'? ('release-sentinel list' shows the check ids)");
  }
}
