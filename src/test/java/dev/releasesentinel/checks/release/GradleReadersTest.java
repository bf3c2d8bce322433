package dev.releasesentinel.checks.release;

import static dev.releasesentinel.checks.release.Files.only;
import static dev.releasesentinel.checks.release.Files.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradleReadersTest {

  @TempDir Path repo;

  Reading script(String file, String text) throws Exception {
    write(repo, file, text);
    return new GradleScriptReader().read(repo, file);
  }

  @Test
  void gradlePropertiesVersionWithItsLine() throws Exception {
    write(
        repo,
        "gradle.properties",
        "# version=0.0.1 in a comment\norg.gradle.jvmargs=-Xmx1g \\\n  -Dversion=9\nversion = 1.4.2\n");
    Declaration d = only(new GradlePropertiesReader().read(repo, "gradle.properties"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.at().line()).isEqualTo(4);
  }

  @Test
  void gradlePropertiesWithoutVersionIsAbsent() throws Exception {
    write(repo, "gradle.properties", "org.gradle.caching=true\n");
    assertThat(new GradlePropertiesReader().read(repo, "gradle.properties"))
        .isInstanceOf(Reading.Absent.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "version = '1.4.2'",
        "version = \"1.4.2\"",
        "version='1.4.2' // the release",
        "project.version = \"1.4.2\";",
      })
  void groovyPlainAssignments(String line) throws Exception {
    Declaration d = only(script("build.gradle", "plugins {\n  id 'java'\n}\n\n" + line + "\n"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.at().line()).isEqualTo(5);
  }

  @Test
  void kotlinPlainAssignment() throws Exception {
    Declaration d =
        only(
            script(
                "build.gradle.kts",
                "plugins {\n  kotlin(\"jvm\") version \"2.1.0\"\n}\n/* version = \"0.0.1\" */\nversion = \"1.4.2\"\n"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.at().line()).isEqualTo(5);
  }

  @Test
  void theLastTopLevelAssignmentWins() throws Exception {
    assertThat(only(script("build.gradle", "version = '1.0.0'\nversion = '1.4.2'\n")).value())
        .isEqualTo("1.4.2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "version = \"${base}.2\"",
        "version = \"$base\"",
        "version = file('VERSION').text.trim()",
        "version = '1.4' + '.2'",
        "version = libs.versions.app.get()",
        "if (ci) version = '1.4.2'",
        "allprojects {\n  version = '1.4.2'\n}",
        "version =\n  providers.gradleProperty('v').get()",
      })
  void whatOnlyGradleCanEvaluateIsUnknowable(String text) throws Exception {
    Reading r = script("build.gradle", "group = 'acme'\n" + text + "\n");
    assertThat(r).isInstanceOf(Reading.Unknowable.class);
    assertThat(((Reading.Unknowable) r).why()).contains("cannot tell statically");
    assertThat(((Reading.Unknowable) r).at().line()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void kotlinCharLiteralsAreNotStrings() throws Exception {
    assertThat(script("build.gradle.kts", "version = '1'\n"))
        .isInstanceOf(Reading.Unknowable.class);
  }

  @Test
  void versionWordsInStringsCommentsAndOtherStatementsDoNotCount() throws Exception {
    Reading r =
        script(
            "build.gradle",
            "// version = '0.1'\n"
                + "def s = \"version = '0.2' { \"\n"
                + "def t = '''\nversion = '0.3'\n'''\n"
                + "dependencies {\n  implementation('a:b') { version { strictly '1.0' } }\n}\n"
                + "java { toolchain { languageVersion = JavaLanguageVersion.of(17) } }\n"
                + "dependencies {\n  implementation(group = \"a\", name = \"b\",\n    version = \"1.0\")\n}\n"
                + "val v = listOf(version = 3)\n");
    assertThat(r).isInstanceOf(Reading.Absent.class);
  }

  @Test
  void aScriptWithoutVersionIsAbsent() throws Exception {
    assertThat(script("build.gradle.kts", "plugins { java }\n")).isInstanceOf(Reading.Absent.class);
  }
}
