package dev.releasesentinel.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The registry of report formats: a new format is one renderer and one line here. */
public final class Reports {

  /** What a renderer may be told about where its output goes. */
  public record Options(boolean color) {
    public static final Options PLAIN = new Options(false);
  }

  private static final Map<String, Function<Options, ReportRenderer>> FORMATS =
      new LinkedHashMap<>();

  static {
    FORMATS.put("text", o -> new TextReport(o.color()));
    FORMATS.put("json", o -> new JsonReport());
    FORMATS.put("junit", o -> new JunitReport());
    FORMATS.put("markdown", o -> new MarkdownReport());
    FORMATS.put("sarif", o -> new SarifReport());
    FORMATS.put("codequality", o -> new CodeQualityReport());
  }

  private Reports() {}

  public static Set<String> formats() {
    return FORMATS.keySet();
  }

  public static Optional<ReportRenderer> renderer(String format, Options options) {
    return Optional.ofNullable(FORMATS.get(format)).map(f -> f.apply(options));
  }
}
