package dev.releasesentinel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.testing.Golden;
import dev.releasesentinel.testing.SampleReports;
import java.io.StringReader;
import java.util.Optional;
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
            SampleReports.nothingChecked()),
        Arguments.of("text", false, "warn-waived.txt", SampleReports.warnWaived()),
        Arguments.of("json", false, "warn-waived.json", SampleReports.warnWaived()),
        Arguments.of("junit", false, "warn-waived.xml", SampleReports.warnWaived()),
        Arguments.of("markdown", false, "warn-waived.md", SampleReports.warnWaived()),
        Arguments.of("sarif", false, "warn-waived.sarif", SampleReports.warnWaived()),
        Arguments.of(
            "codequality", false, "warn-waived.codequality.json", SampleReports.warnWaived()),
        Arguments.of("text", false, "blocked-needs.txt", SampleReports.blockedNeeds()),
        Arguments.of("json", false, "blocked-needs.json", SampleReports.blockedNeeds()),
        Arguments.of("junit", false, "blocked-needs.xml", SampleReports.blockedNeeds()),
        Arguments.of("markdown", false, "blocked-needs.md", SampleReports.blockedNeeds()),
        Arguments.of("sarif", false, "blocked-needs.sarif", SampleReports.blockedNeeds()),
        Arguments.of(
            "codequality", false, "blocked-needs.codequality.json", SampleReports.blockedNeeds()),
        Arguments.of("text", false, "waited.txt", SampleReports.waited()),
        Arguments.of("json", false, "waited.json", SampleReports.waited()),
        Arguments.of("junit", false, "waited.xml", SampleReports.waited()),
        Arguments.of("markdown", false, "waited.md", SampleReports.waited()));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("cases")
  void rendersTheGoldenFile(String format, boolean color, String golden, RunReport report)
      throws Exception {
    String out = Reports.renderer(format, new Reports.Options(color)).orElseThrow().render(report);
    Golden.assertMatches(golden, out);
  }

  /** The markdown as the Action writes it: links to the commit, config lines and the run. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("linked")
  void markdownWithLinks(String golden, RunReport report, MarkdownLinks.Next next)
      throws Exception {
    MarkdownLinks links =
        new MarkdownLinks(
            Optional.of("https://github.com/octo/app"),
            report.repository().commit(),
            Optional.of("https://github.com/octo/app/actions/runs/7311048833/attempts/1"),
            Optional.of(".release-sentinel/report-prod.json"),
            next,
            Optional.of(
                "https://github.com/OWNER/release-sentinel/blob/v0.2.0/docs/report-formats.md#markdown"));
    Golden.assertMatches(golden, new MarkdownReport(links).render(report));
  }

  static Stream<Arguments> linked() {
    return Stream.of(
        Arguments.of("blocked-links.md", SampleReports.blocked(), MarkdownLinks.Next.PULL_REQUEST),
        Arguments.of("warn-waived-links.md", SampleReports.warnWaived(), MarkdownLinks.Next.CI),
        Arguments.of(
            "blocked-needs-links.md",
            SampleReports.blockedNeeds(),
            MarkdownLinks.Next.PULL_REQUEST),
        Arguments.of(
            "nothing-checked-links.md", SampleReports.nothingChecked(), MarkdownLinks.Next.CI),
        Arguments.of("waited-links.md", SampleReports.waited(), MarkdownLinks.Next.CI));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("cases")
  void junitReportsValidateAgainstTheSchemaJenkinsReads(
      String format, boolean color, String golden, RunReport report) throws Exception {
    if (!format.equals("junit")) {
      return;
    }
    // A testcase's properties (a waiver) are read by Jenkins' junit plugin but are not in this
    // schema: everything else must validate.
    String xml =
        new JunitReport()
            .render(report)
            .replaceAll("<testcase([^>]*)><properties>.*?</properties>", "<testcase$1>");
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
    assertThat(j.get("startedAt").asText()).isEqualTo("2026-11-30T12:00:00.000Z");
  }

  @Test
  void markdownStartsWithTheVerdictThenEachBlockerOnceMostSevereFirst() {
    String md = new MarkdownReport().render(SampleReports.blocked());
    assertThat(md).startsWith("### 🚨 CRITICAL");
    int ledger = md.indexOf("**`api:ledger`**");
    int tag = md.indexOf("**`git.tag-absent`**");
    assertThat(ledger).isPositive().isLessThan(tag);
    assertThat(md.indexOf("**`git.tag-absent`**", tag + 1)).isNegative();
    assertThat(md).doesNotContain("git.clean-tree").contains("3 passed");
  }

  @Test
  void markdownCannotBeBrokenOrMentionAnyone() {
    String md = new MarkdownReport().render(SampleReports.blocked());
    assertThat(md).contains("LOG\\_LEVEL is 'debug' \\| not \\<one\\> of info &amp; warn `@team`");
    assertThat(md.replaceAll("`[^`]*`", "")).doesNotContain("@team");
  }

  @Test
  void waivedIsShownInEveryFormat() {
    RunReport r = SampleReports.warnWaived();
    for (String format : Reports.formats()) {
      String out = Reports.renderer(format, Reports.Options.PLAIN).orElseThrow().render(r);
      assertThat(out).as(format).contains("alice").contains("ranker-2026-11 rollout");
    }
  }

  @Test
  void textHasNoColourUnlessAskedAndOneLinePerCheck() {
    String plain = new TextReport(false).render(SampleReports.blocked());
    assertThat(plain).doesNotContain("\u001b[");
    assertThat(plain.lines().filter(l -> l.matches("  [A-Z]+ +\\S.*"))).hasSize(7);
    assertThat(new TextReport(true).render(SampleReports.blocked())).contains("\u001b[31mFAIL");
  }
}
