package dev.releasesentinel.checks.release;

import static dev.releasesentinel.checks.release.Files.declared;
import static dev.releasesentinel.checks.release.Files.only;
import static dev.releasesentinel.checks.release.Files.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonYamlPlainReadersTest {

  @TempDir Path repo;

  Reading packageJson(String text) throws Exception {
    write(repo, "package.json", text);
    return new PackageJsonReader().read(repo, "package.json");
  }

  Reading chart(String text, HelmFields fields) throws Exception {
    write(repo, "Chart.yaml", text);
    return new ChartReader(fields).read(repo, "Chart.yaml");
  }

  @Test
  void packageJsonTopLevelVersionWithLineAndColumn() throws Exception {
    Declaration d =
        only(
            packageJson(
                "{\n  \"name\": \"shop\",\n  \"dependencies\": { \"version\": \"9.9.9\" },\n  \"version\": \"1.4.2\"\n}\n"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.at()).isEqualTo(Position.of("package.json", 4, 3));
  }

  @Test
  void packageJsonDuplicateKeyCountsAsTheLastAsJsonParseDoes() throws Exception {
    assertThat(only(packageJson("{\"version\": \"1.0.0\",\n\"version\": \"1.4.2\"}")).at().line())
        .isEqualTo(2);
  }

  @Test
  void packageJsonProblems() throws Exception {
    assertThat(packageJson("{\"name\": \"x\", \"private\": true}"))
        .isInstanceOf(Reading.Absent.class);
    Reading.Unreadable bad = (Reading.Unreadable) packageJson("{\n  \"version\": \"1.4.2\",\n}\n");
    assertThat(bad.problem()).startsWith("package.json:3").contains("not valid JSON");
    assertThat(((Reading.Unreadable) packageJson("{\"version\": 1}")).problem())
        .contains("version is not a string");
    assertThat(packageJson("[]")).isInstanceOf(Reading.Unreadable.class);
  }

  @Test
  void chartBothVersionsAsWritten() throws Exception {
    Reading.Declared d =
        declared(
            chart(
                "apiVersion: v2\nname: shop\nversion: 1.10\nappVersion: \"1.4.2\"\n",
                HelmFields.BOTH));
    assertThat(d.declarations()).extracting(Declaration::value).containsExactly("1.10", "1.4.2");
    assertThat(d.declarations()).extracting(x -> x.at().line()).containsExactly(3, 4);
  }

  @Test
  void chartOneField() throws Exception {
    assertThat(only(chart("version: 0.3.1\nappVersion: v1.4.2\n", HelmFields.APP_VERSION)).value())
        .isEqualTo("v1.4.2");
    assertThat(only(chart("version: 0.3.1\nappVersion: v1.4.2\n", HelmFields.VERSION)).value())
        .isEqualTo("0.3.1");
    Reading r = chart("version: 0.3.1\n", HelmFields.BOTH);
    assertThat(((Reading.Absent) r).why()).isEqualTo("Chart.yaml has no appVersion");
  }

  @Test
  void chartNotYaml() throws Exception {
    Reading.Unreadable u = (Reading.Unreadable) chart("version: [1\nname: x\n", HelmFields.BOTH);
    assertThat(u.problem()).contains("not valid YAML");
    assertThat(u.at().line()).isPositive();
  }

  @Test
  void versionFile() throws Exception {
    write(repo, "VERSION", "\n1.4.2\n\n");
    Declaration d = only(new VersionFileReader().read(repo, "VERSION"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.at().line()).isEqualTo(2);
    write(repo, "VERSION", "1.4.2\nsomething else\n");
    assertThat(new VersionFileReader().read(repo, "VERSION"))
        .isInstanceOf(Reading.Unreadable.class);
    write(repo, "VERSION", "");
    assertThat(new VersionFileReader().read(repo, "VERSION")).isInstanceOf(Reading.Absent.class);
  }

  @Test
  void notUtf8IsUnreadable() throws Exception {
    java.nio.file.Files.write(repo.resolve("VERSION"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x31});
    assertThat(((Reading.Unreadable) new VersionFileReader().read(repo, "VERSION")).problem())
        .isEqualTo("VERSION is not UTF-8 text");
  }
}
