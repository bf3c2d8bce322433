package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.Families;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release family through {@code validate}, {@code list} and {@code check}. */
class ReleaseCommandsTest {

  @TempDir Path repo;

  @Test
  void validateListAndCheckKnowTheReleaseFamily() throws Exception {
    Files.writeString(
        repo.resolve(".release-sentinel.yml"),
        "release:\n  manifests: [pom.xml, web/package.json]\n  changelog: { severity: warn }\n");
    Files.writeString(
        repo.resolve("pom.xml"),
        "<project><modelVersion>4.0.0</modelVersion><version>1.4.2-SNAPSHOT</version></project>\n");
    Files.createDirectories(repo.resolve("web"));
    Files.writeString(repo.resolve("web/package.json"), "{\"version\": \"1.4.2\"}\n");
    Files.writeString(repo.resolve("CHANGELOG.md"), "# Changes\n\n## [1.4.2] - 2026-12-07\n");

    CliRun v = CliRun.run(Families.all(), Map.of(), "validate", "-C", repo.toString());
    assertThat(v.exitCode()).as(v.err()).isZero();
    assertThat(v.out()).contains("families release");

    CliRun l = CliRun.run(Families.all(), Map.of(), "list", "-C", repo.toString());
    assertThat(l.exitCode()).as(l.err()).isZero();
    assertThat(l.out())
        .contains("release.manifest:pom.xml")
        .contains("release.manifest:web/package.json")
        .contains("release.changelog");

    CliRun c =
        CliRun.run(Families.all(), Map.of(), "check", "-C", repo.toString(), "--version", "v1.4.2");
    assertThat(c.exitCode()).as(c.out() + c.err()).isEqualTo(1);
    assertThat(c.out())
        .contains("release.manifest:pom.xml")
        .contains("SNAPSHOT")
        .contains("release.manifest:web/package.json");
    CliRun only =
        CliRun.run(
            Families.all(),
            Map.of(),
            "check",
            "-C",
            repo.toString(),
            "--version",
            "v1.4.2",
            "--only",
            "release.manifest:web/package.json");
    assertThat(only.exitCode()).as(only.out() + only.err()).isZero();
  }
}
