package dev.releasesentinel.checks.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigFile;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the git family reads from its section of a config file. */
class GitConfigFileTest {

  static Config load(String yaml) throws Exception {
    return Families.loader()
        .parse(yaml, "c.yml", Optional.empty(), Path.of("/repo"))
        .select(Optional.empty());
  }

  @Test
  void loadsTheSpecExample() throws Exception {
    Config c =
        Families.loader()
            .load(Path.of("src/test/resources/configs/spec-example.yml"))
            .select(Optional.empty());
    assertThat(GitFamily.config(c).orElseThrow().branches()).containsExactly("main", "release/*");
  }

  @Test
  void aPresentSectionTakesTheDefaultsForUnsetKeys() throws Exception {
    GitConfig g = GitFamily.config(load("git:\n")).orElseThrow();
    assertThat(g.branches()).containsExactly("main", "release/*");
    assertThat(g.remote()).isEqualTo("origin");
    assertThat(g.version().prefix()).isEqualTo("v");
    assertThat(g.version().required()).isTrue();
    assertThat(g.cleanTree().enabled()).isTrue();
    assertThat(g.tagAbsent().enabled()).isTrue();
    assertThat(g.versionOrder().enabled()).isTrue();
  }

  @Test
  void profilesMergeMapsKeyByKeyAndReplaceLists() throws Exception {
    ConfigFile f =
        Families.loader()
            .parse(
                """
            git:
              branches: [main]
              remote: upstream
            environments:
              staging:
                git: { branches: ["**"] }
            """,
                "c.yml",
                Optional.empty(),
                Path.of("."));
    Config staging = f.select(Optional.of("staging"));
    assertThat(GitFamily.config(staging).orElseThrow().branches()).containsExactly("**");
    assertThat(GitFamily.config(staging).orElseThrow().remote()).isEqualTo("upstream");
  }

  @Test
  void builtInDefaultsAllowMasterToo() throws Exception {
    Config c = Families.loader().builtIn().select(Optional.empty());
    assertThat(GitFamily.config(c).orElseThrow().branches())
        .containsExactly("main", "release/*", "master");
  }
}
