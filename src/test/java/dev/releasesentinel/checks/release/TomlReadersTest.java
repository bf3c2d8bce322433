package dev.releasesentinel.checks.release;

import static dev.releasesentinel.checks.release.Files.only;
import static dev.releasesentinel.checks.release.Files.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TomlReadersTest {

  @TempDir Path repo;

  Reading cargo(String file) {
    return new CargoReader().read(repo, file);
  }

  Reading pyproject(String text) throws Exception {
    write(repo, "pyproject.toml", text);
    return new PyprojectReader().read(repo, "pyproject.toml");
  }

  @Test
  void cargoPackageVersionWithItsLine() throws Exception {
    write(
        repo,
        "Cargo.toml",
        "[package]\nname = \"shop\"\ndescription = \"\"\"\nversion = \"0.0.1\"\n\"\"\"\nversion = \"1.4.2\"\n\n[dependencies]\nserde = { version = \"1\" }\n");
    Declaration d = only(cargo("Cargo.toml"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.field()).isEqualTo("[package] version");
    assertThat(d.at().line()).isEqualTo(6);
  }

  @Test
  void cargoInheritsTheWorkspaceVersionFromTheNearestRoot() throws Exception {
    write(
        repo,
        "Cargo.toml",
        "[workspace]\nmembers = [\"crates/*\"]\n\n[workspace.package]\nedition = \"2021\"\nversion = \"1.4.2\"\n");
    write(repo, "crates/api/Cargo.toml", "[package]\nname = \"api\"\nversion.workspace = true\n");
    Declaration d = only(cargo("crates/api/Cargo.toml"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.at()).isEqualTo(Position.of("Cargo.toml", 6, 1));
    assertThat(d.via()).isEqualTo("inherited from [workspace.package] of Cargo.toml");
    // the virtual manifest declares it too
    assertThat(only(cargo("Cargo.toml")).field()).isEqualTo("[workspace.package] version");
  }

  @Test
  void cargoInheritanceWithoutARootIsUnreadable() throws Exception {
    write(
        repo,
        "crates/api/Cargo.toml",
        "[package]\nname = \"api\"\nversion = { workspace = true }\n");
    Reading r = cargo("crates/api/Cargo.toml");
    assertThat(r).isInstanceOf(Reading.Unreadable.class);
    assertThat(((Reading.Unreadable) r).problem()).contains("no workspace root");
  }

  @Test
  void malformedTomlIsUnreadableAtItsLine() throws Exception {
    write(repo, "Cargo.toml", "[package]\nname = \"x\"\nversion = 1.4.2\n");
    Reading.Unreadable u = (Reading.Unreadable) cargo("Cargo.toml");
    assertThat(u.at().line()).isEqualTo(3);
    assertThat(u.problem()).startsWith("Cargo.toml:3").contains("not valid TOML");
  }

  @Test
  void pyprojectProjectVersion() throws Exception {
    Declaration d = only(pyproject("[project]\nname = \"shop\"\nversion = \"1.4.2\"\n"));
    assertThat(d.field()).isEqualTo("[project] version");
    assertThat(d.at().line()).isEqualTo(3);
  }

  @Test
  void pyprojectDynamicVersionCannotBeToldStatically() throws Exception {
    Reading r =
        pyproject(
            "[build-system]\nrequires = [\"hatchling\", \"hatch-vcs\"]\nbuild-backend = \"hatchling.build\"\n\n[project]\nname = \"shop\"\ndynamic = [\"version\"]\n");
    Reading.Unknowable u = (Reading.Unknowable) r;
    assertThat(u.why())
        .contains("dynamic = [\"version\"]")
        .contains("(hatchling.build)")
        .contains("cannot tell statically");
    assertThat(u.at().line()).isEqualTo(7);
  }

  @Test
  void pyprojectPoetryVersion() throws Exception {
    assertThat(only(pyproject("[tool.poetry]\nname = \"shop\"\nversion = \"1.4.2\"\n")).field())
        .isEqualTo("[tool.poetry] version");
    // Poetry 2: dynamic, with the version in [tool.poetry] and Poetry's backend
    Declaration d =
        only(
            pyproject(
                "[project]\nname = \"shop\"\ndynamic = [\"version\"]\n[tool.poetry]\nversion = \"1.4.2\"\n[build-system]\nbuild-backend = \"poetry.core.masonry.api\"\n"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.at().line()).isEqualTo(5);
  }

  @Test
  void aToolConfigOnlyPyprojectIsAbsent() throws Exception {
    assertThat(pyproject("[tool.black]\nline-length = 100\n")).isInstanceOf(Reading.Absent.class);
  }

  @Test
  void theLocatorFollowsTomlLineStructure() {
    String toml =
        "version = \"root\"\n"
            + "[package]\n"
            + "notes = '''\n[fake]\nversion = \"x\"\n'''\n"
            + "\"version\" = \"1\"\n"
            + "[tool . \"poetry\"]\n"
            + "version.workspace = true\n";
    assertThat(TomlLocator.line(toml, List.of("version"))).isEqualTo(1);
    assertThat(TomlLocator.line(toml, List.of("package", "version"))).isEqualTo(7);
    assertThat(TomlLocator.line(toml, List.of("tool", "poetry", "version"))).isEqualTo(9);
    assertThat(TomlLocator.line(toml, List.of("fake", "version"))).isZero();
    assertThat(TomlLocator.line("package.version = \"1\"\n", List.of("package", "version")))
        .isEqualTo(1);
  }
}
