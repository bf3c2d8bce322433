package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One line per check grouped by family, then the verdict line (docs/report-formats.md). */
public final class TextReport implements ReportRenderer {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String MAGENTA = "\u001b[35m";
  private static final String CYAN = "\u001b[36m";

  private static final Duration SHOW_DURATION_FROM = Duration.ofMillis(500);

  private final boolean color;

  TextReport(boolean color) {
    this.color = color;
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String render(RunReport report) {
    StringBuilder b = new StringBuilder();
    String subject = Texts.subject(report);
    b.append(paint(BOLD, "release-sentinel " + report.toolVersion()));
    if (!subject.isEmpty()) {
      b.append(" · ").append(subject);
    }
    b.append('\n');
    int width = 0;
    for (CheckResult r : report.results()) {
      width = Math.max(width, r.id().value().length());
    }
    for (Map.Entry<String, List<CheckResult>> family :
        Texts.byFamily(report.results()).entrySet()) {
      b.append('\n').append(paint(BOLD, family.getKey())).append('\n');
      for (CheckResult r : family.getValue()) {
        b.append("  ")
            .append(paint(statusColor(r.status()), pad(r.status().name(), 5)))
            .append("  ")
            .append(pad(r.id().value(), width))
            .append("  ")
            .append(oneLine(r.message()));
        if (r.status().isFailure()) {
          b.append(paint(DIM, " [" + r.severity().label() + "]"));
        }
        if (r.duration().compareTo(SHOW_DURATION_FROM) >= 0) {
          b.append(paint(DIM, " (" + Texts.duration(r.duration()) + ")"));
        }
        b.append('\n');
      }
    }
    b.append('\n').append(verdictLine(report)).append('\n');
    return b.toString();
  }

  /**
   * "BLOCKED: 7 passed, 1 warning, 1 failed, 0 errors, 0 skipped in 1.2s"; a run that checked
   * nothing says so first: "CRITICAL: nothing was checked: ... — 0 passed, ...".
   */
  public static String verdictLine(RunReport report, boolean color) {
    return new TextReport(color).verdictLine(report);
  }

  String verdictLine(RunReport report) {
    String word = paint(BOLD + verdictColor(report.verdict()), report.verdict().name());
    return word
        + ": "
        + report.nothingChecked().map(why -> oneLine(why) + " — ").orElse("")
        + Texts.counts(report.summary())
        + " in "
        + Texts.duration(report.duration())
        + (report.strict() ? " (strict)" : "");
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }

  private static String statusColor(Status s) {
    return switch (s) {
      case PASS -> GREEN;
      case WARN -> YELLOW;
      case FAIL -> RED;
      case ERROR -> MAGENTA;
      case SKIP -> DIM;
      case WAIVED -> CYAN;
    };
  }

  private static String verdictColor(Verdict v) {
    return switch (v) {
      case SAFE -> GREEN;
      case BLOCKED -> RED;
      case CRITICAL -> MAGENTA;
    };
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** Messages are one line in this format; control characters would break terminals. */
  static String oneLine(String s) {
    return s.replace("\r\n", " ")
        .replace('\n', ' ')
        .replace('\r', ' ')
        .replaceAll("\\p{Cntrl}", "?");
  }
}
