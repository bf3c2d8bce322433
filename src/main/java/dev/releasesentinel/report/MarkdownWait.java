package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.WaitSummary;
import java.time.Instant;
import java.util.Map;

/**
 * The wait of {@code check --wait} in the {@link MarkdownReport} (docs/report-formats.md,
 * "Waiting"): one line under the verdict, and the rounds in a closed {@code <details>} block.
 */
final class MarkdownWait {

  private MarkdownWait() {}

  /** "⏳ Waited 3 rounds over 1 min (SAFE in round 3): the gate passed; healed: api:payments". */
  static void line(RunReport r, StringBuilder b) {
    WaitTexts.waitLine(r)
        .ifPresent(
            l ->
                b.append("⏳ W")
                    .append(Md.text(l.substring(1))) // "waited ...", as a sentence
                    .append("\n\n"));
  }

  /** One table row per round, then when each check first passed. */
  static void rounds(RunReport r, StringBuilder b) {
    if (r.waiting().isEmpty()) {
      return;
    }
    WaitSummary w = r.waiting().get();
    int n = w.rounds().size();
    b.append("<details><summary>⏳ ")
        .append(n)
        .append(n == 1 ? " round" : " rounds")
        .append(" of waiting, every ")
        .append(Texts.duration(w.interval()))
        .append(" until ")
        .append(JsonReport.TIME.format(w.until()))
        .append("</summary>\n\n");
    b.append("| Round | Started | Verdict | Blocked by |\n|---|---|---|---|\n");
    for (WaitSummary.Round round : w.rounds()) {
      b.append("| ")
          .append(round.number())
          .append(" | ")
          .append(JsonReport.TIME.format(round.at()))
          .append(" | ")
          .append(MarkdownReport.icon(round.verdict()))
          .append("&nbsp;")
          .append(round.verdict().name())
          .append(" | ");
      if (round.blockers().isEmpty()) {
        b.append('—');
      }
      String sep = "";
      for (CheckId id : round.blockers()) {
        b.append(sep).append(Md.code(id.value(), true));
        sep = ", ";
      }
      b.append(" |\n");
    }
    if (!w.firstPassed().isEmpty()) {
      b.append("\nFirst passed: ");
      String sep = "";
      for (Map.Entry<CheckId, Instant> e : w.firstPassed().entrySet()) {
        b.append(sep)
            .append(Md.code(e.getKey().value()))
            .append(" at ")
            .append(JsonReport.TIME.format(e.getValue()));
        sep = " · ";
      }
      b.append('\n');
    }
    b.append("\nThe wait ended: ").append(Md.text(w.reason())).append("\n\n</details>\n\n");
  }
}
