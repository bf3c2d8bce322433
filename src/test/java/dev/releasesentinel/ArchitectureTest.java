package dev.releasesentinel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of the code (CONTRIBUTING.md, "Layout"), each rule with its reason. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.releasesentinel");
  }

  /** Classes that are not, and are not nested in, a top-level class named PREFIX*. */
  private static DescribedPredicate<JavaClass> outsideAdapter(String prefix) {
    return DescribedPredicate.describe(
        "are outside the " + prefix + "* adapter classes",
        c -> {
          JavaClass top = c;
          while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
          }
          return !top.getSimpleName().startsWith(prefix);
        });
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void theEngineDependsOnNothingButTheJdkAndTheRedactionLayer() {
    check(
        classes()
            .that()
            .resideInAPackage("dev.releasesentinel.engine..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                "dev.releasesentinel.engine..", "dev.releasesentinel.redact..", "java..")
            .because(
                "the engine is the core every layer points into; it must stay free of libraries"
                    + " (the redaction layer is JDK-only), and the run carries the redactor that"
                    + " masks outside text where it enters"));
  }

  @Test
  void theRedactionLayerDependsOnNothingButTheJdk() {
    check(
        classes()
            .that()
            .resideInAPackage("dev.releasesentinel.redact..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("dev.releasesentinel.redact..", "java..")
            .because("every writer uses it, so it must not drag anything along"));
  }

  @Test
  void theVersionRulesDependOnNothingButTheJdk() {
    check(
        classes()
            .that()
            .resideInAPackage("dev.releasesentinel.version..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("dev.releasesentinel.version..", "java..")
            .because(
                "SemVer precedence is shared by the families that compare versions (git, release);"
                    + " it must not tie them to anything else"));
  }

  @Test
  void nothingDependsOnTheCommandLine() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("dev.releasesentinel.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.releasesentinel.cli..")
            .because("cli is the composition root; the core never prints or exits"));
  }

  @Test
  void dependenciesPointIntoTheEngine() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage("dev.releasesentinel.config..", "dev.releasesentinel.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.releasesentinel.checks..", "dev.releasesentinel.github..")
            .because("config and report know the engine's model, not the checks or the Action"));
    check(
        noClasses()
            .that()
            .resideInAPackage("dev.releasesentinel.checks..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.releasesentinel.report..", "dev.releasesentinel.github..")
            .because("checks judge; they never render or talk to GitHub"));
  }

  @Test
  void theApplicationLayerKnowsNoFrontEnd() {
    check(
        noClasses()
            .that()
            .resideInAPackage("dev.releasesentinel.gate..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "dev.releasesentinel.cli..",
                "dev.releasesentinel.github..",
                "dev.releasesentinel.report..",
                "picocli..")
            .because(
                "the gate runs the same for the command line and the Action; front ends render and"
                    + " publish what it returns"));
    check(
        noClasses()
            .that()
            .resideInAnyPackage(
                "dev.releasesentinel.github..",
                "dev.releasesentinel.report..",
                "dev.releasesentinel.config..",
                "dev.releasesentinel.checks..",
                "dev.releasesentinel.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.releasesentinel.gate..")
            .because("the gate is called by the front ends only"));
  }

  @Test
  void reportsAndTheActionKnowOnlyTheReportModel() {
    check(
        noClasses()
            .that()
            .resideInAnyPackage("dev.releasesentinel.report..", "dev.releasesentinel.github..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.releasesentinel.checks..")
            .because(
                "a renderer or a publisher needs only the run report (results with their source,"
                    + " typed facts): a new output is one class, whatever the families"));
  }

  @Test
  void theConfigKnowsNoFamily() {
    check(
        noClasses()
            .that()
            .resideInAPackage("dev.releasesentinel.config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "dev.releasesentinel.checks..",
                "dev.releasesentinel.gate..",
                "dev.releasesentinel.github..",
                "dev.releasesentinel.report..")
            .because(
                "each family declares its own section; the loader reads whatever sections the"
                    + " registry gives it"));
  }

  @Test
  void readingAConfigLoadsNoJsonLibrary() {
    check(
        noClasses()
            .that()
            .resideInAPackage("dev.releasesentinel.config..")
            .and()
            .doNotHaveSimpleName("ConfigSchema")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.fasterxml.jackson.databind..")
            .because(
                "the schema is written with JDK types and turned into JSON only by `schema`:"
                    + " check and list start without Jackson databind"));
  }

  @Test
  void familiesDoNotReachIntoEachOther() {
    String[] families =
        dev.releasesentinel.checks.Families.all().stream()
            .map(dev.releasesentinel.checks.Family::name)
            .toArray(String[]::new);
    for (String f : families) {
      for (String other : families) {
        if (!f.equals(other)) {
          check(
              noClasses()
                  .that()
                  .resideInAPackage("dev.releasesentinel.checks." + f + "..")
                  .should()
                  .dependOnClassesThat()
                  .resideInAPackage("dev.releasesentinel.checks." + other + "..")
                  .because("a family is one package; shared needs belong in engine or config"));
        }
      }
    }
  }

  @Test
  void aFamilyShowsTheRestOfTheCodeBaseItsEntryOnly() {
    check(
        classes()
            .that()
            .resideInAnyPackage(
                "dev.releasesentinel.checks.git..",
                "dev.releasesentinel.checks.env..",
                "dev.releasesentinel.checks.system..",
                "dev.releasesentinel.checks.api..")
            .and()
            .areTopLevelClasses()
            .and()
            .doNotHaveFullyQualifiedName("dev.releasesentinel.checks.env.Secrets")
            .should()
            .notBePublic()
            .orShould()
            .haveSimpleNameEndingWith("Family")
            .because(
                "a family is one package behind one entry point: its checks, probes and facts can"
                    + " change without touching anything else (env's Secrets is still read by the"
                    + " command line until the family registry asks each family for its secrets)"));
  }

  @Test
  void jgitIsImportedOnlyByTheGitAdapter() {
    check(
        noClasses()
            .that(outsideAdapter("JGit"))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.eclipse.jgit..")
            .because("JGit lives behind the GitProbe seam (JGit* classes in checks.git)"));
    check(
        classes()
            .that()
            .haveSimpleNameStartingWith("JGit")
            .should()
            .resideInAPackage("dev.releasesentinel.checks.git")
            .allowEmptyShould(true));
  }

  @Test
  void sshIsImportedOnlyByTheGitAdapter() {
    check(
        noClasses()
            .that(outsideAdapter("JGitSsh"))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.sshd..", "org.eclipse.jgit.transport.sshd..")
            .because("SSH loads only for SSH remotes, behind JGitSsh* in checks.git"));
  }

  @Test
  void ciHostsAreKnownInOnePlaceThatNeedsOnlyTheEngine() {
    check(
        classes()
            .that()
            .resideInAPackage("dev.releasesentinel.ci..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                "dev.releasesentinel.ci..", "dev.releasesentinel.engine..", "java..")
            .because("every family and the reports may ask which CI host runs the gate"));
  }

  @Test
  void oshiIsImportedOnlyByTheHostAdapter() {
    check(
        noClasses()
            .that(outsideAdapter("Oshi"))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("oshi..", "com.sun.jna..")
            .because(
                "OSHI lives behind the HostProbe seam and loads only when a system check runs"));
    check(
        classes()
            .that()
            .haveSimpleNameStartingWith("Oshi")
            .should()
            .resideInAPackage("dev.releasesentinel.checks.system")
            .allowEmptyShould(true));
  }

  @Test
  void okHttpAndFailsafeAreImportedOnlyByTheHttpAdapter() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("dev.releasesentinel.http")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("okhttp3..", "okio..", "dev.failsafe..")
            .because(
                "OkHttp and Failsafe live behind the HttpProbe seam, in the one http package that"
                    + " every family asking HTTP endpoints shares"));
  }

  @Test
  void theHttpAdapterKnowsNoFamily() {
    check(
        noClasses()
            .that()
            .resideInAPackage("dev.releasesentinel.http..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "dev.releasesentinel.checks..",
                "dev.releasesentinel.config..",
                "dev.releasesentinel.report..",
                "dev.releasesentinel.github..")
            .because(
                "families pass their own health rule; the client, its retries and its masking are"
                    + " the same for every family"));
  }

  @Test
  void githubApiIsImportedOnlyByTheGatewayAdapter() {
    check(
        noClasses()
            .that(outsideAdapter("Kohsuke"))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.kohsuke.github..")
            .because("github-api lives behind the GitHubGateway seam (Kohsuke* in github)"));
    check(
        classes()
            .that()
            .haveSimpleNameStartingWith("Kohsuke")
            .should()
            .resideInAPackage("dev.releasesentinel.github")
            .allowEmptyShould(true));
  }

  @Test
  void picocliIsImportedOnlyByTheCommandLine() {
    check(
        noClasses()
            .that()
            .resideOutsideOfPackage("dev.releasesentinel.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("picocli..")
            .because("commands are thin adapters over a core that never parses argv"));
  }

  @Test
  void onlyMainExits() {
    check(
        noClasses()
            .that()
            .doNotHaveFullyQualifiedName("dev.releasesentinel.cli.Main")
            .should()
            .callMethod(System.class, "exit", int.class)
            .because("exit codes are decided once, from the verdict, in the composition root"));
  }

  @Test
  void onlyEnvironmentReadsTheProcessEnvironment() {
    check(
        noClasses()
            .that()
            .doNotHaveFullyQualifiedName("dev.releasesentinel.engine.Environment")
            .should()
            .callMethod(System.class, "getenv")
            .orShould()
            .callMethod(System.class, "getenv", String.class)
            .because("tests pass Environment.of(map) and never mutate the real environment"));
  }
}
