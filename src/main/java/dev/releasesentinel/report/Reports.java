package dev.releasesentinel.report;

import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Waived;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The registry of report formats: a new format is one renderer and one line here. */
public final class Reports {

  /** What a renderer may be told about where its output goes and what markdown may link to. */
  public record Options(boolean color, MarkdownLinks links) {
    public static final Options PLAIN = new Options(false);

    public Options(boolean color) {
      this(color, MarkdownLinks.NONE);
    }
  }

  private static final Map<String, Function<Options, ReportRenderer>> FORMATS =
      new LinkedHashMap<>();

  static {
    FORMATS.put("text", o -> new TextReport(o.color()));
    FORMATS.put("json", o -> new JsonReport());
    FORMATS.put("junit", o -> new JunitReport());
    FORMATS.put("markdown", o -> new MarkdownReport(o.links()));
    FORMATS.put("sarif", o -> new SarifReport());
    FORMATS.put("codequality", o -> new CodeQualityReport());
  }

  private Reports() {}

  /** The one line that sums a run up (docs/report-formats.md, "The summary line"). */
  public static String summaryLine(RunReport r) {
    return Texts.oneLine(Texts.summaryLine(r));
  }

  /** "waived by alice until 2026-12-31 (24 days left): reason (ticket OPS-1)". */
  public static String waiverText(Waived w) {
    return Texts.oneLine(Texts.waiver(w));
  }

  /** A result's details as lines a person reads: the request, each attempt, the other facts. */
  public static java.util.List<String> detailLines(dev.releasesentinel.engine.CheckResult c) {
    return Details.lines(c);
  }

  /**
   * The JSON Schema (draft-07) of the JSON report, naming itself {@code id}: what {@code schema
   * --report} prints and schema/report.schema.json holds.
   */
  public static String reportSchema(String id) {
    try (java.io.InputStream in = Reports.class.getResourceAsStream("report.schema.json")) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return text.replace("@ID@", id);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("the report schema is missing from the jar", e);
    }
  }

  public static Set<String> formats() {
    return FORMATS.keySet();
  }

  public static Optional<ReportRenderer> renderer(String format, Options options) {
    return Optional.ofNullable(FORMATS.get(format)).map(f -> f.apply(options));
  }
}
