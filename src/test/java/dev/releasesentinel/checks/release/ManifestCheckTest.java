package dev.releasesentinel.checks.release;

import static dev.releasesentinel.checks.release.Files.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.StubCheckContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestCheckTest {

  @TempDir Path repo;

  CheckResult run(String file, String version, boolean listed) throws Exception {
    ManifestType type = ManifestType.ofPath(file).orElseThrow();
    return new ManifestCheck(
            Severity.BLOCK,
            repo,
            file,
            type,
            type.reader(HelmFields.BOTH),
            listed,
            new ReleaseVersionRule(Optional.ofNullable(version), "v", true))
        .run(new StubCheckContext());
  }

  @Test
  void passesWhenThePomDeclaresTheReleaseVersion() throws Exception {
    write(repo, "pom.xml", "<project>\n  <version>1.4.2</version>\n</project>\n");
    CheckResult r = run("pom.xml", "v1.4.2", true);
    assertThat(r.id().value()).isEqualTo("release.manifest:pom.xml");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message())
        .isEqualTo(
            "pom.xml declares project/version '1.4.2' (pom.xml:2:12): the release version v1.4.2");
    assertThat(r.details())
        .containsEntry("file", "pom.xml")
        .containsEntry("line", 2)
        .containsEntry("column", 12)
        .containsEntry("declared", "1.4.2")
        .containsEntry("expected", "1.4.2");
  }

  @Test
  void aSnapshotIsAPlaceholderWithItsOwnMessage() throws Exception {
    write(repo, "pom.xml", "<project>\n  <version>1.4.2-SNAPSHOT</version>\n</project>\n");
    CheckResult r = run("pom.xml", "v1.4.2", true);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "pom.xml declares project/version '1.4.2-SNAPSHOT' (pom.xml:2:12), a -SNAPSHOT"
                + " development version, but the release version is v1.4.2: set it to 1.4.2 (mvn"
                + " versions:set -DnewVersion=1.4.2)");
  }

  @Test
  void aResolvedRevisionSaysWhereItCameFrom() throws Exception {
    write(
        repo,
        "pom.xml",
        "<project>\n  <version>${revision}</version>\n  <properties>\n    <revision>1.4.1</revision>\n  </properties>\n</project>\n");
    CheckResult r = run("pom.xml", "v1.4.2", true);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).endsWith("(${revision} = '1.4.1' from pom.xml:4:15)");
    assertThat(r.details()).containsEntry("line", 4);
  }

  @ParameterizedTest
  @CsvSource({
    "0.0.0-development, semantic-release's placeholder",
    "0.0.0, the placeholder 0.0.0",
    "1.4.2-dev, a development (-dev) version",
    "1.4.2-dev.3, a development (-dev) version",
  })
  void placeholdersAreNamed(String declared, String named) throws Exception {
    write(repo, "package.json", "{\"version\": \"" + declared + "\"}");
    CheckResult r = run("package.json", "v1.4.2", true);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains(named).contains("npm version 1.4.2 --no-git-tag-version");
  }

  @ParameterizedTest
  @CsvSource({
    "1.4.2, v1.4.2",
    "v1.4.2, v1.4.2",
    "1.4.2+build.7, v1.4.2",
    "1.4.2, shop@v1.4.2",
    "2.0.0-rc.1, v2.0.0-rc.1",
  })
  void theSameVersionPasses(String declared, String release) throws Exception {
    write(repo, "VERSION", declared + "\n");
    assertThat(run("VERSION", release, true).status()).isEqualTo(Status.PASS);
  }

  @Test
  void anotherVersionFailsWithTheFix() throws Exception {
    write(repo, "Cargo.toml", "[package]\nname = \"x\"\nversion = \"1.4.1\"\n");
    CheckResult r = run("Cargo.toml", "v1.4.2", true);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .isEqualTo(
            "Cargo.toml declares [package] version '1.4.1' (Cargo.toml:3:1) but the release"
                + " version is v1.4.2: set version = \"1.4.2\" (cargo set-version 1.4.2)");
  }

  @Test
  void aChartWhoseVersionMovesOnItsOwnGetsTheHelmHint() throws Exception {
    write(repo, "Chart.yaml", "version: 0.3.1\nappVersion: \"1.4.2\"\n");
    CheckResult r = run("Chart.yaml", "v1.4.2", true);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .contains("version '0.3.1'")
        .contains("set release.manifests' helm to app-version");
  }

  @Test
  void unknowableIsAWarningNeverAPass() throws Exception {
    write(repo, "pyproject.toml", "[project]\nname = \"x\"\ndynamic = [\"version\"]\n");
    CheckResult r = run("pyproject.toml", "v1.4.2", true);
    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.message())
        .contains("cannot tell statically")
        .endsWith("the release version v1.4.2 was not compared with it");
    assertThat(r.details()).containsEntry("line", 3);
  }

  @Test
  void aListedManifestWithoutVersionFailsADetectedOneIsSkipped() throws Exception {
    write(repo, "package.json", "{\"name\": \"app\", \"private\": true}");
    assertThat(run("package.json", "v1.4.2", true).status()).isEqualTo(Status.FAIL);
    CheckResult detected = run("package.json", "v1.4.2", false);
    assertThat(detected.status()).isEqualTo(Status.SKIP);
    assertThat(detected.message())
        .isEqualTo("package.json has no \"version\": nothing to compare with v1.4.2");
  }

  @Test
  void anUnparseableManifestIsAnErrorAtItsLine() throws Exception {
    write(repo, "package.json", "{\n\"version\": \"1.4.2\"\n\"name\": 1}");
    CheckResult r = run("package.json", "v1.4.2", true);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.details()).containsEntry("line", 3);
    assertThat(r.message()).startsWith("package.json:3:");
  }

  @Test
  void noReleaseVersionFailsWhenOneIsRequiredElseSkips() throws Exception {
    write(repo, "VERSION", "1.4.2\n");
    // Required and missing: the one cause the git family's version checks share (reported once).
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("VERSION", null, true))
        .isInstanceOf(dev.releasesentinel.engine.Unmet.class)
        .hasMessageStartingWith("no release version given: pass --release");
    ManifestCheck optional =
        new ManifestCheck(
            Severity.BLOCK,
            repo,
            "VERSION",
            ManifestType.PLAIN,
            new VersionFileReader(),
            true,
            new ReleaseVersionRule(Optional.empty(), "v", false));
    assertThat(optional.run(new StubCheckContext()).status()).isEqualTo(Status.SKIP);
  }

  @Test
  void gradleUnknowableAndPropertiesDeclared() throws Exception {
    write(repo, "build.gradle", "version = \"${rootProject.ext.base}\"\n");
    write(repo, "gradle.properties", "version=1.4.2\n");
    assertThat(run("build.gradle", "v1.4.2", true).status()).isEqualTo(Status.WARN);
    assertThat(run("gradle.properties", "v1.4.2", true).status()).isEqualTo(Status.PASS);
  }

  @Test
  void detectedChecksAreOnePerManifestFoundAtTheRoot() throws Exception {
    write(repo, "pom.xml", "<project><version>1.4.2</version></project>");
    write(repo, "package.json", "{}");
    write(repo, "charts/shop/Chart.yaml", "version: 1.4.2\n");
    var checks =
        ReleaseChecks.checks(
            new ReleaseConfig(
                Optional.of(ReleaseConfig.Manifests.detected()), Optional.empty(), "v", true),
            repo,
            Optional.of("v1.4.2"));
    assertThat(checks)
        .extracting(c -> c.id().value())
        .containsExactly("release.manifest:pom.xml", "release.manifest:package.json");
  }

  @Test
  void listedManifestsInAMonorepoAndATypeForAnOddName() throws Exception {
    write(repo, "services/api/pom.xml", "<project><version>1.4.2</version></project>");
    write(repo, "version.txt", "1.4.2\n");
    var checks =
        ReleaseChecks.checks(
            new ReleaseConfig(
                Optional.of(
                    new ReleaseConfig.Manifests(
                        Severity.CRITICAL,
                        List.of(
                            ReleaseConfig.Entry.of("services/api/pom.xml"),
                            new ReleaseConfig.Entry(
                                "version.txt", Optional.of(ManifestType.PLAIN))),
                        HelmFields.BOTH)),
                Optional.of(ReleaseConfig.Changelog.defaults()),
                "v",
                true),
            repo,
            Optional.of("v1.4.2"));
    assertThat(checks)
        .extracting(c -> c.id().value())
        .containsExactly(
            "release.manifest:services/api/pom.xml",
            "release.manifest:version.txt",
            "release.changelog");
    assertThat(checks.get(0).severity()).isEqualTo(Severity.CRITICAL);
    for (var c : checks.subList(0, 2)) {
      assertThat(c.run(new StubCheckContext()).status()).isEqualTo(Status.PASS);
    }
  }

  @Test
  void noManifestAtTheRootFails() throws Exception {
    var checks =
        ReleaseChecks.checks(
            new ReleaseConfig(
                Optional.of(ReleaseConfig.Manifests.detected()), Optional.empty(), "v", true),
            repo,
            Optional.of("v1.4.2"));
    assertThat(checks).hasSize(1);
    CheckResult r = checks.get(0).run(new StubCheckContext());
    assertThat(r.id().value()).isEqualTo("release.manifest");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message())
        .startsWith("no manifest at the repository root (pom.xml, build.gradle.kts,");
  }
}
