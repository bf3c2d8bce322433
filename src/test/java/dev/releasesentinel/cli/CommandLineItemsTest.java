package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.checks.Families;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.FakeCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a new user meets it (docs/cli.md). */
class CommandLineItemsTest {

  @TempDir Path dir;

  @Test
  void helpCommandShowsTheCommandsOptions() {
    CliRun r = CliRun.run(Families.all(), Map.of(), "help", "check");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Usage: release-sentinel check").contains("--release");
  }

  @Test
  void topLevelHelpLinksTheDocsOfThisVersion() {
    CliRun r = CliRun.run(Families.all(), Map.of(), "--help");
    assertThat(r.out())
        .contains("Docs: https://github.com/")
        .contains("/tree/v" + VersionInfo.VERSION + "/docs")
        .contains("completion")
        .doesNotContain("in the source repository");
  }

  @Test
  void completionScriptsForBashZshAndFish() {
    CliRun bash = CliRun.run(Families.all(), Map.of(), "completion", "bash");
    assertThat(bash.exitCode()).isZero();
    assertThat(bash.out()).contains("complete -F").contains("check").contains("--only");
    CliRun zsh = CliRun.run(Families.all(), Map.of(), "completion", "zsh");
    assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit");
    CliRun fish = CliRun.run(Families.all(), Map.of(), "completion", "fish");
    assertThat(fish.out())
        .contains("complete -c release-sentinel -n __fish_use_subcommand -a check")
        .contains("-n '__fish_seen_subcommand_from check' -l release")
        .contains("-l only -r");
    assertThat(CliRun.run(Families.all(), Map.of(), "completion", "tcsh").exitCode()).isEqualTo(2);
  }

  @Test
  void versionSaysCommitBuildJavaAndOs() {
    CliRun r = CliRun.run(Families.all(), Map.of(), "-V");
    assertThat(r.out())
        .startsWith("release-sentinel " + VersionInfo.VERSION + "\n")
        .containsPattern("commit:  ([0-9a-f]{40}|unknown)\n")
        .contains("built:   ")
        .contains("java:    " + System.getProperty("java.runtime.version"))
        .contains("os:      " + System.getProperty("os.name"));
  }

  @Test
  void actionOutsideGitHubActionsIsExitTwoSayingUseCheck() {
    CliRun r = CliRun.run(Families.all(), Map.of(), "action");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines())
        .containsExactly(
            "release-sentinel: error: 'action' runs only inside GitHub Actions (GITHUB_ACTIONS is"
                + " not 'true'); use 'release-sentinel check' instead");
    assertThat(Path.of(".release-sentinel")).doesNotExist();
  }

  @Test
  void releaseIsTheFlagAndVersionItsAlias() throws Exception {
    Files.writeString(dir.resolve(".release-sentinel.yml"), "git: {}\n");
    var fam = CheckCommandTest.family(FakeCheck.of("git.clean-tree", Status.PASS));
    for (String flag : new String[] {"--release", "--version"}) {
      CliRun r =
          CliRun.run(
              fam, Map.of(), "check", "-C", dir.toString(), flag, "v1.2.3", "--format", "json");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("\"version\": \"v1.2.3\"");
    }
  }

  @Test
  void listPrintsJsonWithWhereEachCheckIsDeclared() throws Exception {
    Files.writeString(
        dir.resolve(".release-sentinel.yml"),
        "git:\n  clean-tree: true\nsystem:\n  disk:\n    - { path: ., warn: 80%, critical: 95% }\n");
    CliRun r =
        CliRun.run(Families.all(), Map.of(), "list", "-C", dir.toString(), "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode a = new ObjectMapper().readTree(r.out());
    assertThat(a.isArray()).isTrue();
    JsonNode disk = null;
    for (JsonNode c : a) {
      if (c.path("id").asText().startsWith("system.disk")) {
        disk = c;
      }
    }
    assertThat(disk).isNotNull();
    assertThat(disk.path("family").asText()).isEqualTo("system");
    assertThat(disk.path("severity").asText()).isNotEmpty();
    assertThat(disk.path("source").path("line").asInt()).isEqualTo(5);
    assertThat(
            CliRun.run(Families.all(), Map.of(), "list", "-C", dir.toString(), "--format", "xml")
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void validateTakesAnEnvironmentAndAgreesWithCheckOnNothingToRun() throws Exception {
    Path file = dir.resolve(".release-sentinel.yml");
    Files.writeString(file, "git: {}\nenvironments:\n  prod:\n    timeout: 30s\n");
    CliRun ok =
        CliRun.run(Families.all(), Map.of(), "validate", "-C", dir.toString(), "-e", "prod");
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("(environment prod) is valid");
    CliRun unknown =
        CliRun.run(Families.all(), Map.of(), "validate", "-C", dir.toString(), "-e", "prd");
    assertThat(unknown.exitCode()).isEqualTo(2);

    Files.writeString(file, "api:\n  endpoints: []\n");
    CliRun validate = CliRun.run(Families.all(), Map.of(), "validate", "-C", dir.toString());
    CliRun check = CliRun.run(Families.all(), Map.of(), "check", "-C", dir.toString());
    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(validate.exitCode()).as(validate.out()).isEqualTo(2);
    assertThat(validate.err()).contains("nothing to check");
  }

  @Test
  void initSaysTheNextTwoCommandsAndWarnsOutsideARepository() throws Exception {
    CliRun r = CliRun.run(Families.all(), Map.of(), "init", "-C", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("git add " + dir.resolve(".release-sentinel.yml"))
        .contains("git commit")
        .contains("  release-sentinel check\n");
    assertThat(r.err()).contains("is not inside a git repository");
    assertThat(Files.readString(dir.resolve(".release-sentinel.yml")))
        .contains("branches: [main, \"release/*\", master]");
    Files.createDirectories(dir.resolve("repo/.git"));
    CliRun inside =
        CliRun.run(Families.all(), Map.of(), "init", "-C", dir.resolve("repo").toString());
    assertThat(inside.err()).doesNotContain("not inside a git repository");
  }
}
