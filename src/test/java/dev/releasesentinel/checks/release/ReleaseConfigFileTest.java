package dev.releasesentinel.checks.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.releasesentinel.checks.Families;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.ConfigException;
import dev.releasesentinel.config.ConfigProblem;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.engine.RunContext;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.StubCheckContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the release family reads from its section, and the checks it plans from it. */
class ReleaseConfigFileTest {

  @TempDir Path repo;

  static Config load(String yaml) throws Exception {
    return Families.loader()
        .parse(yaml, "c.yml", Optional.empty(), Path.of("/repo"))
        .select(Optional.empty());
  }

  static List<String> problems(String yaml) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(yaml));
    assertThat(e).as("a config problem").isNotNull();
    return e.problems().stream().map(ConfigProblem::toString).toList();
  }

  private List<Planned> plan(String yaml, Optional<String> version, Map<String, String> env)
      throws Exception {
    return new ReleaseFamily()
        .plan(
            load(yaml),
            new RunContext(
                repo, version, Optional.empty(), Environment.of(env), Clock.systemUTC()));
  }

  @Test
  void anEmptySectionDetectsManifestsAndChecksTheChangelog() throws Exception {
    ReleaseConfig c = ReleaseFamily.config(load("release:\n")).orElseThrow().config();
    assertThat(c.manifests()).contains(ReleaseConfig.Manifests.detected());
    assertThat(c.changelog()).contains(ReleaseConfig.Changelog.defaults());
    assertThat(c.prefix()).isEqualTo("v");
    assertThat(c.versionRequired()).isTrue();
  }

  @Test
  void theSchemaNamesEveryManifestType() {
    assertThat(ReleaseKeys.TYPES)
        .containsExactlyElementsOf(
            java.util.Arrays.stream(ManifestType.values()).map(ManifestType::key).toList());
  }

  @Test
  void noSectionNoChecks() throws Exception {
    assertThat(plan("git:\n", Optional.of("v1.0.0"), Map.of())).isEmpty();
  }

  @Test
  void readsEveryKey() throws Exception {
    ReleaseSection s =
        ReleaseFamily.config(
                load(
                    """
                    release:
                      severity: critical
                      prefix: rel-
                      required: false
                      manifests: [pom.xml, { path: svc/version.txt, type: plain }]
                      helm: app-version
                      changelog: { file: docs/CHANGES.md, require-content: false, severity: warn }
                    """))
            .orElseThrow();
    ReleaseConfig c = s.config();
    assertThat(c.manifests().orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
    assertThat(c.manifests().orElseThrow().helm()).isEqualTo(HelmFields.APP_VERSION);
    assertThat(c.manifests().orElseThrow().entries())
        .containsExactly(
            ReleaseConfig.Entry.of("pom.xml"),
            new ReleaseConfig.Entry("svc/version.txt", Optional.of(ManifestType.PLAIN)));
    assertThat(c.changelog())
        .contains(new ReleaseConfig.Changelog(Severity.WARN, "docs/CHANGES.md", false));
    assertThat(c.prefix()).isEqualTo("rel-");
    assertThat(c.versionRequired()).isFalse();
    assertThat(s.entries().get("svc/version.txt").line()).isEqualTo(5);
  }

  @Test
  void falseTurnsEachCheckOff() throws Exception {
    ReleaseConfig c =
        ReleaseFamily.config(load("release: { manifests: false, changelog: false }\n"))
            .orElseThrow()
            .config();
    assertThat(c.manifests()).isEmpty();
    assertThat(c.changelog()).isEmpty();
  }

  @Test
  void badEntriesAreNamedWithTheirLineAndTheFix() {
    assertThat(
            problems(
                """
                release:
                  manifests:
                    - /etc/pom.xml
                    - ../other/pom.xml
                    - "a b/pom.xml"
                    - pom.xml
                    - pom.xml
                    - { type: maven }
                    - { path: x.txt, type: text }
                """))
        .containsExactly(
            "c.yml:3:7: release.manifests[0]: '/etc/pom.xml' is not a path from the repository"
                + " root: write it relative to the root with '/' (e.g. services/api/pom.xml),"
                + " without '..', spaces, commas or backslashes",
            "c.yml:4:7: release.manifests[1]: '../other/pom.xml' is not a path from the"
                + " repository root: write it relative to the root with '/' (e.g."
                + " services/api/pom.xml), without '..', spaces, commas or backslashes",
            "c.yml:5:7: release.manifests[2]: 'a b/pom.xml' is not a path from the repository"
                + " root: write it relative to the root with '/' (e.g. services/api/pom.xml),"
                + " without '..', spaces, commas or backslashes",
            "c.yml:7:7: release.manifests: pom.xml is already listed at line 6; list each"
                + " manifest once",
            "c.yml:8:7: release.manifests[5]: path is required",
            "c.yml:9:28: release.manifests[6].type: unknown manifest type 'text' (one of: maven,"
                + " gradle, gradle-properties, npm, cargo, pyproject, helm, plain)");
  }

  @Test
  void wrongShapesSayWhatIsExpected() {
    assertThat(problems("release: { manifests: [], changelog: [a], helm: chart }\n"))
        .anySatisfy(p -> assertThat(p).contains("an empty list compares nothing"))
        .anySatisfy(p -> assertThat(p).contains("changelog"))
        .anySatisfy(p -> assertThat(p).contains("unknown value 'chart'"));
    assertThat(problems("release: { changelog: { file: ' ' } }\n"))
        .anySatisfy(p -> assertThat(p).contains("name the changelog from the repository root"));
  }

  @Test
  void plansOneCheckPerListedManifestAtItsLine() throws Exception {
    List<Planned> planned =
        plan(
            "release:\n  manifests:\n    - pom.xml\n    - web/package.json\n",
            Optional.of("v1.0.0"),
            Map.of());
    assertThat(planned)
        .extracting(p -> p.check().id().value())
        .containsExactly(
            "release.manifest:pom.xml", "release.manifest:web/package.json", "release.changelog");
    assertThat(planned.get(1).source().orElseThrow().line()).isEqualTo(4);
    assertThat(planned.get(2).source()).isPresent();
  }

  @Test
  void detectionFindingNothingFailsAndTheVersionComesFromTheCiTag() throws Exception {
    Files.write(repo, "CHANGELOG.md", "# Changes\n\n## [1.2.0] - 2026-12-07\n\n- a thing\n");
    List<Planned> planned =
        plan(
            "release:\n",
            Optional.empty(),
            Map.of("GITHUB_ACTIONS", "true", "GITHUB_REF", "refs/tags/v1.2.0"));
    assertThat(planned)
        .extracting(p -> p.check().id().value())
        .containsExactly("release.manifest", "release.changelog");
    CheckResult none = planned.get(0).check().run(new StubCheckContext());
    assertThat(none.status()).isEqualTo(Status.FAIL);
    assertThat(none.message()).contains("no manifest at the repository root");
    CheckResult changelog = planned.get(1).check().run(new StubCheckContext());
    assertThat(changelog.status()).as(changelog.message()).isEqualTo(Status.PASS);
  }

  @Test
  void oddShapesAreProblemsNeverCrashes() {
    for (String yaml :
        List.of(
            "release:\n  manifests: [{path: [a]}, {path: {}}, ~, 1, true, {path: ~}, {type: ~}]\n",
            "release: { changelog: [], helm: 1, manifests: {a: 1}, prefix: [v] }\n",
            "release: { changelog: { file: ~, enabled: maybe }, manifests: [\"\\\\x\", \"a,b\"] }\n")) {
      assertThat(problems(yaml)).as(yaml).isNotEmpty();
    }
    assertThat(problems("release:\n  manifests: [\"" + "a/".repeat(20_000) + "b c\"]\n"))
        .hasSize(1);
  }
}
