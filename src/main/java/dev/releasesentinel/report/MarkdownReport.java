package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.util.List;

/**
 * Markdown for people: the verdict line first, then the blockers, then a table of every check. Used
 * for the job summary and the PR comment, so text from outside (an upstream's body, a branch name)
 * is escaped: it cannot break the table, inject HTML or mention anyone.
 */
public final class MarkdownReport implements ReportRenderer {

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String render(RunReport r) {
    StringBuilder b = new StringBuilder();
    b.append(headline(r)).append("\n\n");
    String subject = Texts.subject(r);
    if (!subject.isEmpty()) {
      b.append(escape(subject)).append("\n\n");
    }
    r.nothingChecked().ifPresent(why -> b.append("**").append(escape(why)).append("**\n\n"));
    List<CheckResult> blockers = r.blockers();
    if (!blockers.isEmpty()) {
      b.append("**Blockers**\n\n");
      for (CheckResult c : blockers) {
        b.append("- ")
            .append(icon(c.status()))
            .append(" `")
            .append(code(c.id().value()))
            .append("` — ")
            .append(escape(c.message()))
            .append(" _(")
            .append(c.status().name())
            .append(", ")
            .append(c.severity().label())
            .append(")_\n");
      }
      b.append('\n');
    }
    b.append("| Status | Check | Message | Severity | Time |\n");
    b.append("|---|---|---|---|---:|\n");
    for (CheckResult c : r.results()) {
      b.append("| ")
          .append(icon(c.status()))
          .append(' ')
          .append(c.status().name())
          .append(" | `")
          .append(code(c.id().value()))
          .append("` | ")
          .append(escape(c.message()))
          .append(c.attempts() > 1 ? " (" + c.attempts() + " attempts)" : "")
          .append(" | ")
          .append(c.severity().label())
          .append(" | ")
          .append(Texts.duration(c.duration()))
          .append(" |\n");
    }
    b.append('\n')
        .append("<sub>release-sentinel ")
        .append(escape(r.toolVersion()))
        .append(" · ")
        .append(Texts.counts(r.summary()))
        .append(" in ")
        .append(Texts.duration(r.duration()))
        .append(r.strict() ? " · strict" : "")
        .append("</sub>\n");
    return b.toString();
  }

  /** "## ⛔ BLOCKED — not safe to deploy". */
  public static String headline(RunReport r) {
    String what =
        switch (r.verdict()) {
          case SAFE -> "safe to deploy";
          case BLOCKED -> "not safe to deploy: fix the blockers and re-run";
          case CRITICAL -> "not safe to deploy: a human must act";
        };
    return "## " + icon(r.verdict()) + " " + r.verdict().name() + " — " + what;
  }

  static String icon(Verdict v) {
    return switch (v) {
      case SAFE -> "✅";
      case BLOCKED -> "⛔";
      case CRITICAL -> "🚨";
    };
  }

  static String icon(Status s) {
    return switch (s) {
      case PASS -> "✅";
      case WARN -> "⚠️";
      case FAIL -> "❌";
      case ERROR -> "🛑";
      case SKIP -> "⏭️";
      case WAIVED -> "🛡️";
    };
  }

  /** Text inside a table cell: no table breaks, no HTML, no mentions, no links from markup. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|' -> b.append("\\|");
        case '\\' -> b.append("\\\\");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '@' -> b.append("&#64;");
        case '`', '*', '_', '[', ']', '#', '~' -> b.append('\\').append(c);
        case '\r' -> {}
        case '\n' -> b.append("<br>");
        default -> b.append(Character.isISOControl(c) ? '?' : c);
      }
    }
    return b.toString();
  }

  /** Text inside backticks: a backtick would end the span. */
  private static String code(String s) {
    return s.replace('`', '\'').replace('|', '/');
  }
}
