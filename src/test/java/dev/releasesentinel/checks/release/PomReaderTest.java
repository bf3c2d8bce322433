package dev.releasesentinel.checks.release;

import static dev.releasesentinel.checks.release.Files.only;
import static dev.releasesentinel.checks.release.Files.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PomReaderTest {

  @TempDir Path repo;

  static String pom(String inner) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "  <modelVersion>4.0.0</modelVersion>\n"
        + inner
        + "</project>\n";
  }

  Reading read(String file) {
    return new PomReader().read(repo, file);
  }

  @Test
  void readsProjectVersionWithItsLineAndColumn() throws Exception {
    write(repo, "pom.xml", pom("  <artifactId>shop</artifactId>\n  <version> 1.4.2 </version>\n"));
    Declaration d = only(read("pom.xml"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.field()).isEqualTo("project/version");
    assertThat(d.at()).isEqualTo(Position.of("pom.xml", 5, 12));
  }

  @Test
  void aDependencyOrPluginVersionIsNotTheProjectVersion() throws Exception {
    write(
        repo,
        "pom.xml",
        pom(
            "  <dependencies><dependency><version>9.9.9</version></dependency></dependencies>\n"
                + "  <build><plugins><plugin><version>8.8.8</version></plugin></plugins></build>\n"
                + "  <version>1.4.2</version>\n"));
    assertThat(only(read("pom.xml")).value()).isEqualTo("1.4.2");
  }

  @Test
  void inheritsTheParentVersion() throws Exception {
    write(
        repo,
        "pom.xml",
        pom("  <parent>\n    <groupId>g</groupId>\n    <version>1.4.2</version>\n  </parent>\n"));
    Declaration d = only(read("pom.xml"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.field()).isEqualTo("parent/version");
    assertThat(d.via()).contains("inherited from the parent");
    assertThat(d.at().line()).isEqualTo(6);
  }

  @Test
  void resolvesRevisionFromProperties() throws Exception {
    write(
        repo,
        "pom.xml",
        pom(
            "  <version>${revision}${changelist}</version>\n"
                + "  <properties>\n    <revision>1.4.2</revision>\n    <changelist>-SNAPSHOT</changelist>\n  </properties>\n"));
    Declaration d = only(read("pom.xml"));
    assertThat(d.value()).isEqualTo("1.4.2-SNAPSHOT");
    assertThat(d.field()).isEqualTo("project/version ${revision}${changelist}");
    assertThat(d.via())
        .isEqualTo(
            "${revision} = '1.4.2' from pom.xml:6:15, ${changelist} = '-SNAPSHOT' from pom.xml:7:17");
    assertThat(d.at().line()).isEqualTo(4); // more than one property: the version element
  }

  @Test
  void mavenConfigWinsOverPropertiesAsTheCommandLineDoes() throws Exception {
    write(
        repo,
        "pom.xml",
        pom(
            "  <version>${revision}</version>\n"
                + "  <properties><revision>1.4.2-SNAPSHOT</revision></properties>\n"));
    write(repo, ".mvn/maven.config", "-B\n-Drevision=1.4.2\n--define changelist=\n");
    Declaration d = only(read("pom.xml"));
    assertThat(d.value()).isEqualTo("1.4.2");
    assertThat(d.at()).isEqualTo(Position.of(".mvn/maven.config", 2, 1));
  }

  @Test
  void aModuleFindsTheRevisionInItsParentPomAndTheProjectsMavenConfig() throws Exception {
    write(
        repo,
        "pom.xml",
        pom(
            "  <version>${revision}</version>\n  <properties><revision>2.0.0</revision><sha1/></properties>\n"));
    write(
        repo,
        "services/api/pom.xml",
        pom(
            "  <parent>\n    <version>${revision}${sha1}</version>\n    <relativePath>../../pom.xml</relativePath>\n  </parent>\n"));
    Declaration d = only(read("services/api/pom.xml"));
    assertThat(d.value()).isEqualTo("2.0.0");
    write(repo, ".mvn/maven.config", "-Drevision=2.0.1 -Dsha1=");
    assertThat(only(read("services/api/pom.xml")).value()).isEqualTo("2.0.1");
  }

  @Test
  void aPropertySetNowhereCannotBeToldStatically() throws Exception {
    write(repo, "pom.xml", pom("  <version>${revision}</version>\n"));
    Reading r = read("pom.xml");
    assertThat(r).isInstanceOf(Reading.Unknowable.class);
    assertThat(((Reading.Unknowable) r).why())
        .contains("${revision} is set neither in .mvn/maven.config nor in the <properties>")
        .contains("mvn -Drevision=...")
        .contains("cannot be told statically");
  }

  @Test
  void theVersionItselfIsNotAProperty() throws Exception {
    write(repo, "pom.xml", pom("  <version>${project.version}</version>\n"));
    assertThat(read("pom.xml")).isInstanceOf(Reading.Unknowable.class);
  }

  @Test
  void aPropertyCycleEnds() throws Exception {
    write(
        repo,
        "pom.xml",
        pom("  <version>${a}</version>\n  <properties><a>${b}</a><b>${a}</b></properties>\n"));
    assertThat(read("pom.xml")).isInstanceOf(Reading.Unknowable.class);
  }

  @Test
  void noVersionAtAllIsAbsent() throws Exception {
    write(repo, "pom.xml", pom("  <artifactId>x</artifactId>\n"));
    assertThat(read("pom.xml")).isInstanceOf(Reading.Absent.class);
  }

  @Test
  void malformedXmlIsUnreadableAtItsLine() throws Exception {
    write(repo, "pom.xml", pom("  <version>1.4.2</versio>\n"));
    Reading r = read("pom.xml");
    assertThat(r).isInstanceOf(Reading.Unreadable.class);
    Reading.Unreadable u = (Reading.Unreadable) r;
    assertThat(u.at().line()).isEqualTo(4);
    assertThat(u.problem()).startsWith("pom.xml:4:").contains("not well-formed XML");
  }

  @Test
  void externalEntitiesAreNotRead() throws Exception {
    write(repo, "secret.txt", "9.9.9");
    write(
        repo,
        "pom.xml",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY v SYSTEM \"file://"
            + repo.resolve("secret.txt")
            + "\">]>\n<project><version>&v;</version></project>\n");
    Reading r = read("pom.xml");
    assertThat(r.toString()).doesNotContain("9.9.9");
  }

  @Test
  void aMissingFileIsUnreadable() {
    assertThat(read("pom.xml"))
        .isEqualTo(new Reading.Unreadable("pom.xml does not exist", Position.file("pom.xml")));
  }

  @Test
  void aPathOutsideTheRepositoryIsRefused() {
    assertThat(((Reading.Unreadable) read("../pom.xml")).problem())
        .isEqualTo("../pom.xml is outside the repository");
  }
}
