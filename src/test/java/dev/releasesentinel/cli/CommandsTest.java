package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.checks.Families;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.testing.FakeFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

  @TempDir Path dir;

  @Test
  void versionPrintsTheToolVersion() {
    CliRun r = CliRun.run(Families.all(), Map.of(), "-V");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("release-sentinel ");
  }

  @Test
  void anUnknownCommandIsExitTwoWithASuggestion() {
    CliRun r = CliRun.run(Families.all(), Map.of(), "chek");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("did you mean: check");
  }

  @Test
  void noCommandIsExitTwo() {
    assertThat(CliRun.run(Families.all(), Map.of()).exitCode()).isEqualTo(2);
  }

  @Test
  void initWritesAStarterConfigThatValidatesAndRefusesToOverwrite() throws Exception {
    CliRun r = CliRun.run(Families.all(), Map.of(), "init", "-C", dir.toString());
    assertThat(r.exitCode()).isZero();
    Path file = dir.resolve(".release-sentinel.yml");
    assertThat(Families.loader().load(file).select(Optional.empty()).sectionNames())
        .contains("git");
    Files.writeString(file, "# mine\ngit: {}\n");
    CliRun again = CliRun.run(Families.all(), Map.of(), "init", "-C", dir.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already exists; keep it, or pass --force to overwrite it");
    assertThat(Files.readString(file)).startsWith("# mine");
    assertThat(
            CliRun.run(Families.all(), Map.of(), "init", "-C", dir.toString(), "--force")
                .exitCode())
        .isZero();
    assertThat(Files.readString(file))
        .startsWith("# yaml-language-server: $schema=https://raw.githubusercontent.com/")
        .contains("/schema/config.schema.json\n# release-sentinel config");
  }

  @Test
  void initDoesNotShadowAConfigInDotGithub() throws Exception {
    Path github = dir.resolve(".github/release-sentinel.yml");
    Files.createDirectories(github.getParent());
    Files.writeString(github, "git: {}\n");
    CliRun r = CliRun.run(Families.all(), Map.of(), "init", "-C", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is already the config the gate reads here");
    assertThat(dir.resolve(".release-sentinel.yml")).doesNotExist();
    assertThat(
            CliRun.run(Families.all(), Map.of(), "init", "-C", dir.toString(), "--force")
                .exitCode())
        .isZero();
    assertThat(dir.resolve(".release-sentinel.yml")).exists();
  }

  @Test
  void validateSaysValidOrListsEveryProblem() throws Exception {
    Path file = dir.resolve("c.yml");
    Files.writeString(file, "git: {}\nenvironments:\n  prod: {}\n");
    CliRun ok = CliRun.run(Families.all(), Map.of(), "validate", "-c", file.toString());
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("is valid: families git; environments prod");
    for (String nothing : List.of("", "# only a comment\n", "timeout: 30s\n")) {
      Files.writeString(file, nothing);
      CliRun empty = CliRun.run(Families.all(), Map.of(), "validate", "-c", file.toString());
      assertThat(empty.exitCode()).as(nothing).isEqualTo(2);
      assertThat(empty.err()).contains("enables no check family");
    }
    Files.writeString(file, "environments:\n  prod:\n    git: {}\n");
    assertThat(CliRun.run(Families.all(), Map.of(), "validate", "-c", file.toString()).exitCode())
        .isZero();
    Files.writeString(file, "git:\n  brnaches: [x]\nsystem:\n  memory: { warn: 85 }\n");
    CliRun bad = CliRun.run(Families.all(), Map.of(), "validate", "-c", file.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err())
        .contains("c.yml:2:3: unknown key 'brnaches'")
        .contains("c.yml:4:19: system.memory.warn");
  }

  @Test
  void validateWithoutAFileSaysWhereItLooked() {
    CliRun r = CliRun.run(Families.all(), Map.of(), "validate", "-C", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no config file to validate").contains(".release-sentinel.yml");
  }

  @Test
  void listPrintsTheChecksThatWouldRunAndRunsNothing() throws Exception {
    Files.writeString(dir.resolve(".release-sentinel.yml"), "git: {}\n");
    AtomicInteger runs = new AtomicInteger();
    Check counted =
        new Check() {
          @Override
          public CheckId id() {
            return CheckId.of("git.clean-tree");
          }

          @Override
          public Severity severity() {
            return Severity.CRITICAL;
          }

          @Override
          public String description() {
            return "no uncommitted changes";
          }

          @Override
          public CheckResult run(CheckContext context) {
            runs.incrementAndGet();
            return CheckResult.pass(this, "ran");
          }
        };
    CliRun r = CliRun.run(List.of(FakeFamily.of(counted)), Map.of(), "list", "-C", dir.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("git.clean-tree  critical  no uncommitted changes");
    assertThat(runs).hasValue(0);
  }

  @Test
  void schemaPrintsJson() throws Exception {
    CliRun r = CliRun.run(Families.all(), Map.of(), "schema");
    assertThat(r.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("title").asText())
        .isEqualTo("release-sentinel config");
  }

  @Test
  void helpExitsZero() {
    CliRun r = CliRun.run(Families.all(), Map.of(), "check", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("--fail-fast").contains("--report");
  }
}
