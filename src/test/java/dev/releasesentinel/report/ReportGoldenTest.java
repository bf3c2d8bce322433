package dev.releasesentinel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.testing.Golden;
import dev.releasesentinel.testing.SampleReports;
import java.io.StringReader;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format, byte for byte, from one report model with a fixed clock. */
class ReportGoldenTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("text", false, "blocked.txt", SampleReports.blocked()),
        Arguments.of("text", true, "blocked-color.txt", SampleReports.blocked()),
        Arguments.of("json", false, "blocked.json", SampleReports.blocked()),
        Arguments.of("junit", false, "blocked.xml", SampleReports.blocked()),
        Arguments.of("markdown", false, "blocked.md", SampleReports.blocked()),
        Arguments.of("text", false, "safe.txt", SampleReports.safe()),
        Arguments.of("json", false, "safe.json", SampleReports.safe()),
        Arguments.of("junit", false, "safe.xml", SampleReports.safe()),
        Arguments.of("markdown", false, "safe.md", SampleReports.safe()),
        Arguments.of("text", false, "nothing-checked.txt", SampleReports.nothingChecked()),
        Arguments.of("json", false, "nothing-checked.json", SampleReports.nothingChecked()),
        Arguments.of("junit", false, "nothing-checked.xml", SampleReports.nothingChecked()),
        Arguments.of("markdown", false, "nothing-checked.md", SampleReports.nothingChecked()),
        Arguments.of("sarif", false, "blocked.sarif", SampleReports.blocked()),
        Arguments.of("sarif", false, "safe.sarif", SampleReports.safe()),
        Arguments.of("sarif", false, "nothing-checked.sarif", SampleReports.nothingChecked()),
        Arguments.of("codequality", false, "blocked.codequality.json", SampleReports.blocked()),
        Arguments.of("codequality", false, "safe.codequality.json", SampleReports.safe()),
        Arguments.of(
            "codequality",
            false,
            "nothing-checked.codequality.json",
            SampleReports.nothingChecked()));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("cases")
  void rendersTheGoldenFile(String format, boolean color, String golden, RunReport report)
      throws Exception {
    String out = Reports.renderer(format, new Reports.Options(color)).orElseThrow().render(report);
    Golden.assertMatches(golden, out);
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("cases")
  void junitReportsValidateAgainstTheSchemaJenkinsReads(
      String format, boolean color, String golden, RunReport report) throws Exception {
    if (!format.equals("junit")) {
      return;
    }
    String xml = new JunitReport().render(report);
    var schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(getClass().getResource("/junit-schema/junit-10.xsd"));
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void jsonReportFollowsTheSpecShape() throws Exception {
    JsonNode j = new ObjectMapper().readTree(new JsonReport().render(SampleReports.blocked()));
    assertThat(j.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(j.get("verdict").asText()).isEqualTo("CRITICAL");
    assertThat(j.get("exitCode").asInt()).isEqualTo(2);
    assertThat(j.at("/summary/fail").asInt()).isEqualTo(1);
    assertThat(j.at("/checks/1/id").asText()).isEqualTo("git.tag-absent");
    assertThat(j.at("/checks/1/severity").asText()).isEqualTo("block");
    assertThat(j.at("/checks/5/attempts").asInt()).isEqualTo(2);
    assertThat(j.at("/checks/5/details/attempts/0/status").asInt()).isEqualTo(503);
    assertThat(j.at("/repository/branch").asText()).isEqualTo("main");
    assertThat(j.get("startedAt").asText()).isEqualTo("2026-11-30T12:00:00Z");
  }

  @Test
  void markdownStartsWithTheVerdictThenBlockersThenEveryCheck() {
    String md = new MarkdownReport().render(SampleReports.blocked());
    assertThat(md).startsWith("## 🚨 CRITICAL");
    int blockers = md.indexOf("**Blockers**");
    int table = md.indexOf("| Status | Check |");
    assertThat(blockers).isPositive().isLessThan(table);
    // the critical error is listed before the blocking failure
    String blockerList = md.substring(blockers, table);
    assertThat(blockerList.indexOf("api:ledger")).isLessThan(blockerList.indexOf("git.tag-absent"));
  }

  @Test
  void markdownCannotBeBrokenOrMentionAnyone() {
    String md = new MarkdownReport().render(SampleReports.blocked());
    assertThat(md).contains("'debug' \\| not &lt;one&gt; of info &amp; warn &#64;team");
    assertThat(md).doesNotContain("@team");
  }

  @Test
  void textHasNoColourUnlessAskedAndOneLinePerCheck() {
    String plain = new TextReport(false).render(SampleReports.blocked());
    assertThat(plain).doesNotContain("\u001b[");
    assertThat(plain.lines().filter(l -> l.startsWith("  "))).hasSize(7);
    assertThat(new TextReport(true).render(SampleReports.blocked())).contains("\u001b[31mFAIL");
  }
}
