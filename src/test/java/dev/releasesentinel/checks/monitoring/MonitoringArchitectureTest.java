package dev.releasesentinel.checks.monitoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of the prometheus and alertmanager families and what they share. */
class MonitoringArchitectureTest {

  private static final String PROMETHEUS = "dev.releasesentinel.checks.prometheus..";
  private static final String ALERTMANAGER = "dev.releasesentinel.checks.alertmanager..";
  private static final String MONITORING = "dev.releasesentinel.checks.monitoring..";

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.releasesentinel");
  }

  @Test
  void theTwoFamiliesDoNotReachIntoEachOther() {
    noClasses()
        .that()
        .resideInAPackage(PROMETHEUS)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ALERTMANAGER)
        .because("a family is one package; what both need lives in checks.monitoring")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(ALERTMANAGER)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(PROMETHEUS)
        .because("a family is one package; what both need lives in checks.monitoring")
        .check(classes);
  }

  @Test
  void whatTheyShareKnowsNeitherFamilyNorAnyOther() {
    noClasses()
        .that()
        .resideInAPackage(MONITORING)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            PROMETHEUS,
            ALERTMANAGER,
            "dev.releasesentinel.checks.api..",
            "dev.releasesentinel.checks.git..",
            "dev.releasesentinel.checks.system..",
            "dev.releasesentinel.checks.env..")
        .because("the shared seam must be swappable for the api family's probe without cycles")
        .check(classes);
  }

  @Test
  void theyAskOnlyThroughTheSharedHttpProbe() {
    noClasses()
        .that()
        .resideInAnyPackage(PROMETHEUS, ALERTMANAGER, MONITORING)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net.http..", "okhttp3..", "dev.failsafe..")
        .because(
            "requests go through the api family's probe (retries, proxies, ca-file, deadline),"
                + " behind the HttpGet seam")
        .check(classes);
  }

  @Test
  void onlyTheEntryPointsAndConfigOfTheFamiliesArePublic() {
    classes()
        .that()
        .resideInAnyPackage(PROMETHEUS, ALERTMANAGER)
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleNameEndingWith("Family")
        .orShould()
        .haveSimpleNameEndingWith("Checks")
        .orShould()
        .haveSimpleNameEndingWith("Config")
        .orShould()
        .haveSimpleName("Threshold")
        .orShould()
        .haveSimpleName("OnEmpty")
        .orShould()
        .haveSimpleName("Matcher")
        .because("checks, judges and parsers are package-private behind the family's entry point")
        .check(classes);
  }
}
