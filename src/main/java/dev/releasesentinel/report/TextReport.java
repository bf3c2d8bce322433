package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.util.List;
import java.util.Map;

/**
 * One line per check grouped by family, then the verdict line and, after {@code --wait}, the wait's
 * line (docs/report-formats.md).
 */
public final class TextReport implements ReportRenderer {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String MAGENTA = "\u001b[35m";
  private static final String CYAN = "\u001b[36m";

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
            .append(paint(statusColor(r.status()), pad(r.status().name(), 6)))
            .append("  ")
            .append(pad(r.id().value(), width))
            .append("  ")
            .append(Texts.oneLine(r.message()))
            .append(note(report, r));
        b.append('\n');
        String indent = " ".repeat(12 + width);
        if (r.status() != Status.PASS && r.status() != Status.SKIP) {
          r.hint()
              .ifPresent(
                  h -> b.append(indent).append("fix: ").append(Texts.oneLine(h)).append('\n'));
        }
      }
    }
    b.append('\n').append(verdictLine(report)).append('\n');
    WaitTexts.waitLine(report).ifPresent(w -> b.append(paint(DIM, w)).append('\n'));
    return b.toString();
  }

  /** " [blocks]", " [warn: does not block]", " [waived by ...]" after the message. */
  private String note(RunReport report, CheckResult r) {
    if (r.status() == Status.WAIVED) {
      return paint(DIM, " [" + Texts.oneLine(Texts.waiver(r)) + "]");
    }
    if (Texts.nonBlocking(r, report.strict())) {
      return paint(DIM, " [" + r.severity().label() + ": does not block]");
    }
    if (r.status().isFailure()) {
      return paint(DIM, " [" + Texts.blockingWord(r) + "]");
    }
    return "";
  }

  /**
   * The summary line (docs/report-formats.md, "The summary line"): "BLOCKED: 3 blockers
   * (git.clean-tree, ...); 9 passed, 1 warning in 0.8 s"; {@code -q} prints exactly this.
   */
  public static String verdictLine(RunReport report, boolean color) {
    return new TextReport(color).verdictLine(report);
  }

  String verdictLine(RunReport report) {
    String line = Texts.oneLine(Texts.summaryLine(report));
    String word = report.verdict().name();
    return paint(BOLD + verdictColor(report.verdict()), word) + line.substring(word.length());
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
}
