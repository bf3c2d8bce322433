package dev.releasesentinel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Source;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.testing.SampleReports;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SARIF as the OASIS schema defines it and as GitHub code scanning reads it: one rule per check id,
 * one located result per FAIL, ERROR or WARN, fingerprints that survive a new message.
 */
class SarifReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema sarif;

  @BeforeAll
  static void oasisSchema() throws Exception {
    try (InputStream in =
        SarifReportTest.class.getResourceAsStream("/sarif-schema/sarif-schema-2.1.0.json")) {
      sarif =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
              .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
  }

  static JsonNode render(RunReport r) throws Exception {
    String text = new SarifReport().render(r);
    assertThat(sarif.validate(text, InputFormat.JSON)).as("OASIS SARIF 2.1.0 schema").isEmpty();
    return JSON.readTree(text);
  }

  static Stream<RunReport> samples() {
    return Stream.of(SampleReports.blocked(), SampleReports.safe(), SampleReports.nothingChecked());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleIsValidSarifWithARulePerCheckAndALocatedResultPerMiss(RunReport r)
      throws Exception {
    JsonNode run = render(r).at("/runs/0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("release-sentinel");
    assertThat(run.at("/tool/driver/informationUri").asText()).startsWith("https://github.com/");
    assertThat(run.at("/tool/driver/rules")).hasSize(r.results().size());
    long misses =
        r.results().stream()
            .filter(
                c ->
                    c.status() == Status.FAIL
                        || c.status() == Status.ERROR
                        || c.status() == Status.WARN)
            .count();
    assertThat(run.get("results")).hasSize((int) misses);
    for (JsonNode res : run.get("results")) {
      JsonNode loc = res.at("/locations/0/physicalLocation");
      assertThat(loc.at("/artifactLocation/uri").asText()).doesNotStartWith("/").isNotEmpty();
      assertThat(loc.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(loc.at("/region/startLine").asInt()).isPositive();
      assertThat(loc.at("/region/startColumn").asInt()).isPositive();
      assertThat(res.at("/partialFingerprints/releaseSentinel~1v1").asText()).hasSize(64);
      assertThat(run.at("/tool/driver/rules/" + res.get("ruleIndex").asInt() + "/id").asText())
          .isEqualTo(res.get("ruleId").asText());
    }
  }

  @Test
  void theBlockedRunPointsAtTheConfigLinesAndGradesByWhatBlocks() throws Exception {
    JsonNode results = render(SampleReports.blocked()).at("/runs/0/results");
    assertThat(results)
        .extracting(r -> r.get("ruleId").asText())
        .containsExactly("git.tag-absent", "env.required:LOG_LEVEL", "api:ledger");
    assertThat(results)
        .extracting(r -> r.get("level").asText())
        .containsExactly("error", "warning", "error");
    assertThat(results.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("deploy/.release-sentinel.yml");
    assertThat(results.at("/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
  }

  @Test
  void aCheckOfTheBuiltInDefaultsIsLocatedWhereItWouldBeConfigured() throws Exception {
    JsonNode res = render(SampleReports.safe()).at("/runs/0/results/0");
    assertThat(res.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(".release-sentinel.yml");
    assertThat(res.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
    assertThat(res.at("/message/text").asText()).endsWith("configure it in .release-sentinel.yml)");
  }

  @Test
  void theSchemaRefusesWhatIsNotSarif() {
    assertThat(sarif.validate("{\"version\": \"2.1.0\"}", InputFormat.JSON)).isNotEmpty();
    assertThat(
            sarif.validate(
                "{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}", InputFormat.JSON))
        .as("a run without a tool")
        .isNotEmpty();
  }

  @Test
  void theFingerprintIsTheCheckAndItsFileNotTheMessageOrTheLine() throws Exception {
    CheckResult a = result("api:pay", "503 twice", 12);
    CheckResult b = result("api:pay", "timed out after 5s", 14);
    CheckResult c = result("api:ledger", "503 twice", 12);
    String fa = fingerprint(a);
    assertThat(fingerprint(b)).isEqualTo(fa);
    assertThat(fingerprint(c)).isNotEqualTo(fa);
  }

  /** Generated runs (statuses, severities, places, text that needs escaping) are valid SARIF. */
  @Test
  void generatedRunsAreAlwaysValidSarif() throws Exception {
    long seed = Long.getLong("sarif.seed", System.nanoTime());
    Random rnd = new Random(seed);
    String[] texts = {"", "a\nb", "\"quoted\"", "<x> & | `", "\u0000\u001f", "é ✓ 🚨", "\\"};
    for (int round = 0; round < 40; round++) {
      List<CheckResult> results = new ArrayList<>();
      int n = 1 + rnd.nextInt(8);
      for (int i = 0; i < n; i++) {
        // a WAIVED result needs its waiver: generated as the FAIL it was (what checks end in)
        Status s = Status.values()[rnd.nextInt(Status.values().length)];
        s = s == Status.WAIVED ? Status.FAIL : s;
        Severity sev = Severity.values()[rnd.nextInt(Severity.values().length)];
        Optional<Source> src =
            rnd.nextBoolean()
                ? Optional.empty()
                : Optional.of(
                    new Source(
                        rnd.nextBoolean() ? "a dir/ü.yml" : "/elsewhere/c.yml",
                        1 + rnd.nextInt(99),
                        1 + rnd.nextInt(9)));
        results.add(
            new CheckResult(
                    CheckId.of(
                        "fam.check-"
                            + i
                            + ":"
                            + texts[rnd.nextInt(texts.length)].replace("\u0000", "")),
                    s,
                    sev,
                    texts[rnd.nextInt(texts.length)],
                    Map.of(),
                    Duration.ZERO,
                    1)
                .withCheck(texts[rnd.nextInt(texts.length)], src));
      }
      RunReport r = report(results);
      assertThat(sarif.validate(new SarifReport().render(r), InputFormat.JSON))
          .as("round %d (-Dsarif.seed=%d)", round, seed)
          .isEmpty();
    }
  }

  private static String fingerprint(CheckResult c) throws Exception {
    return render(report(List.of(c)))
        .at("/runs/0/results/0/partialFingerprints/releaseSentinel~1v1")
        .asText();
  }

  private static CheckResult result(String id, String message, int line) {
    return new CheckResult(
            CheckId.of(id), Status.FAIL, Severity.BLOCK, message, Map.of(), Duration.ZERO, 1)
        .withCheck("", Optional.of(new Source(".release-sentinel.yml", line, 5)));
  }

  private static RunReport report(List<CheckResult> results) {
    return new RunReport(
        "0.1.0",
        Verdict.of(results, false),
        false,
        Optional.empty(),
        Optional.empty(),
        new RunReport.Repository(".", Optional.empty(), Optional.empty()),
        SampleReports.STARTED,
        Duration.ofMillis(5),
        results,
        List.of());
  }
}
