package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitFamilyTest {

  @TempDir Path tmp;

  Config config(String yaml) throws Exception {
    return Families.loader()
        .parse(yaml, "t.yml", Optional.empty(), Path.of("."))
        .select(Optional.empty());
  }

  RunContext context(Path repo) {
    return new RunContext(
        repo, Optional.empty(), Optional.empty(), Environment.of(Map.of()), Clock.systemUTC());
  }

  @Test
  void buildsEveryCheckInSpecOrderWithoutOpeningTheRepository() throws Exception {
    Path nowhere = tmp.resolve("does/not/exist");
    List<Check> checks = new GitFamily().checks(config("git: {}\n"), context(nowhere));
    assertThat(checks)
        .extracting(c -> c.id().value())
        .containsExactly(
            "git.clean-tree",
            "git.branch",
            "git.version-format",
            "git.tag-absent",
            "git.version-order");
    assertThat(checks).allSatisfy(c -> assertThat(c.description()).isNotBlank());
    assertThat(nowhere).doesNotExist();
  }

  @Test
  void noGitSectionNoChecks() throws Exception {
    assertThat(new GitFamily().checks(config("timeout: 5s\n"), context(tmp))).isEmpty();
  }

  @Test
  void disabledChecksAreLeftOutAndSeveritiesCarried() throws Exception {
    String yaml =
        "git:\n"
            + "  severity: critical\n"
            + "  clean-tree: false\n"
            + "  tag-absent: { severity: warn }\n"
            + "  version: { must-increase: false }\n";
    List<Check> checks = new GitFamily().checks(config(yaml), context(tmp));
    assertThat(checks)
        .extracting(c -> c.id().value())
        .containsExactly("git.branch", "git.version-format", "git.tag-absent");
    assertThat(checks)
        .extracting(Check::severity)
        .containsExactly(Severity.CRITICAL, Severity.CRITICAL, Severity.WARN);
  }
}
