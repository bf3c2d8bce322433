package dev.releasesentinel.checks.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * OSHI and the JNA under it stay in the Oshi* adapter: the checks judge records, and everything
 * else can be built and listed without loading native code (ARCHITECTURE.md, "Seams").
 */
class OshiConfinementTest {

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.releasesentinel");

  @Test
  void onlyOshiAdaptersUseOshiOrJna() {
    noClasses()
        .that()
        .haveSimpleNameNotStartingWith("Oshi")
        .or()
        .resideOutsideOfPackage("dev.releasesentinel.checks.system")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("oshi..", "com.sun.jna..")
        .because("OSHI loads native code and costs start-up time; only the host probe may touch it")
        .check(MAIN);
  }
}
