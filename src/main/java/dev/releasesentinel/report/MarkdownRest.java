package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts of the {@link MarkdownReport} below the counts: the closed table of what did not pass
 * and is not shown above, and the body of a run that checked nothing.
 */
final class MarkdownRest {

  private MarkdownRest() {}

  /** The checks that did not pass and are not shown above, in a closed table. */
  static void table(
      RunReport r, StringBuilder b, Function<CheckResult, Optional<String>> configLine) {
    List<CheckResult> rows = new ArrayList<>();
    int warnings = 0;
    int skips = 0;
    for (CheckResult c : r.results()) {
      if (Texts.warning(c, r.strict())) {
        rows.add(c);
        warnings++;
      } else if (c.status() == Status.SKIP) {
        rows.add(c);
        skips++;
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    List<String> what = new ArrayList<>();
    if (warnings > 0) {
      what.add("⚠️ " + warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    if (skips > 0) {
      what.add("⏭️ " + skips + (skips == 1 ? " skipped check" : " skipped checks"));
    }
    boolean one = rows.size() == 1;
    b.append("<details><summary>")
        .append(String.join(" and ", what))
        .append(one ? " (does not block)" : " (do not block)")
        .append("</summary>\n\n");
    b.append("| Status | Check and result |\n|---|---|\n");
    for (CheckResult c : rows) {
      b.append("| ")
          .append(MarkdownReport.icon(c.status()))
          .append("&nbsp;")
          .append(c.status().name())
          .append(" | ")
          .append(MarkdownReport.id(c))
          .append(" — ")
          .append(Md.cell(c.message()));
      if (Texts.nonBlocking(c, r.strict())) {
        b.append(" · **non-blocking** (severity `").append(c.severity().label()).append("`)");
      }
      if (c.status() != Status.SKIP) {
        configLine.apply(c).ifPresent(l -> b.append(" · ").append(l));
      }
      b.append(" |\n");
    }
    b.append("\n</details>\n\n");
  }

  static void nothingChecked(RunReport r, StringBuilder b) {
    b.append(
        "No selected check could reach a result, so the gate cannot call this release safe:\n\n");
    for (CheckResult c : r.results()) {
      b.append("- ")
          .append(MarkdownReport.icon(c.status()))
          .append(' ')
          .append(MarkdownReport.id(c))
          .append(" — ")
          .append(Md.text(c.message()))
          .append('\n');
    }
    b.append(
        "\n**Fix:** give the release being gated (`--release v1.4.2`, the `version` input, or run"
            + " on a tag), or select checks that apply to this run.");
    if (r.unselected().count() > 0) {
      int n = r.unselected().count();
      b.append(' ')
          .append(n)
          .append(n == 1 ? " check was" : " checks were")
          .append(" not selected by ")
          .append(Md.code(r.unselected().by()))
          .append('.');
    }
    b.append("\n\n");
  }
}
