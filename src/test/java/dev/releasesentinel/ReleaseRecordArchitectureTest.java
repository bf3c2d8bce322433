package dev.releasesentinel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of the release family and the decision record, each rule with its reason. */
class ReleaseRecordArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.releasesentinel");
  }

  @Test
  void theRecordNeedsOnlyTheEngineTheCiHostsTheRedactorAndJackson() {
    classes()
        .that()
        .resideInAPackage("dev.releasesentinel.record..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.releasesentinel.record..",
            "dev.releasesentinel.engine..",
            "dev.releasesentinel.ci..",
            "dev.releasesentinel.redact..",
            "com.fasterxml.jackson..",
            "java..")
        .because("a record is written from a run's results; it never runs checks or prints")
        .check(classes);
  }

  @Test
  void theReleaseFamilyReachesIntoNoOtherFamily() {
    noClasses()
        .that()
        .resideInAPackage("dev.releasesentinel.checks.release..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.releasesentinel.checks.git..",
            "dev.releasesentinel.checks.env..",
            "dev.releasesentinel.checks.system..",
            "dev.releasesentinel.checks.api..",
            "dev.releasesentinel.report..",
            "dev.releasesentinel.github..",
            "dev.releasesentinel.cli..",
            "dev.releasesentinel.record..")
        .because(
            "a family is one package; SemVer precedence is shared from dev.releasesentinel.version")
        .check(classes);
  }

  @Test
  void theReleaseFamilyShowsTheRestOfTheCodeBaseItsEntryOnly() {
    classes()
        .that()
        .resideInAPackage("dev.releasesentinel.checks.release..")
        .and()
        .areTopLevelClasses()
        .should()
        .notBePublic()
        .orShould()
        .haveSimpleNameEndingWith("Family")
        .because("a family is one package behind one entry point, as the others")
        .check(classes);
  }

  @Test
  void parsersOfManifestsAreUsedOnlyByTheReleaseFamily() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.releasesentinel.checks.release..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml.jackson.dataformat.xml..",
            "com.fasterxml.jackson.dataformat.toml..",
            "org.commonmark..")
        .because("they load only when a release check runs")
        .check(classes);
  }
}
