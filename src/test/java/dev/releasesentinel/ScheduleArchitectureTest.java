package dev.releasesentinel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The schedule family's and the policy's layering, each rule with its reason. */
class ScheduleArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.releasesentinel");
  }

  @Test
  void ical4jIsImportedOnlyByTheCalendarAdapter() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("dev.releasesentinel.checks.schedule.Ical4jCalendar")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("net.fortuna.ical4j..")
        .because("ical4j loads only when a calendar freeze is evaluated")
        .check(classes);
  }

  @Test
  void cronUtilsIsImportedOnlyByTheCronAdapter() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("dev.releasesentinel.checks.schedule.CronSchedule")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.cronutils..")
        .because("cron-utils lives behind CronSchedule")
        .check(classes);
  }

  @Test
  void theScheduleFamilyNeedsOnlyTheEngineTheConfigAndTheHttpProbe() {
    classes()
        .that()
        .resideInAPackage("dev.releasesentinel.checks.schedule..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.releasesentinel.checks",
            "dev.releasesentinel.checks.schedule..",
            "dev.releasesentinel.config..",
            "dev.releasesentinel.engine..",
            "dev.releasesentinel.http..",
            "java..",
            "net.fortuna.ical4j..",
            "com.cronutils..")
        .because(
            "a family is one package with its entry and config section; time rules are pure but"
                + " for reading a calendar, which goes through the shared HTTP probe")
        .check(classes);
  }

  @Test
  void policyIsPureLogicOverTheEngine() {
    classes()
        .that()
        .resideInAPackage("dev.releasesentinel.policy")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "dev.releasesentinel.policy..",
            "dev.releasesentinel.engine..",
            "dev.releasesentinel.checks.schedule..",
            "java..")
        .because("waivers and the wait plan are functions of results, waivers and time")
        .check(classes);
  }

  @Test
  void nothingInScheduleOrPolicyReadsTheRealTime() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.releasesentinel.checks.schedule..", "dev.releasesentinel.policy..")
        .should()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .because("every time rule takes its instant as a parameter, so --at and tests decide it")
        .check(classes);
  }
}
