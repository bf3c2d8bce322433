package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.engine.WaitSummary;
import java.util.List;
import java.util.Optional;

/** How the human formats word the rounds of {@code check --wait} (docs/report-formats.md). */
final class WaitTexts {

  private WaitTexts() {}

  /**
   * The wait in one line (docs/report-formats.md, "Waiting"): "waited 3 rounds over 1 min 2 s (SAFE
   * in round 3): the gate passed; healed: api:payments"; empty for a run that did not wait.
   */
  static Optional<String> waitLine(RunReport r) {
    if (r.waiting().isEmpty()) {
      return Optional.empty();
    }
    WaitSummary w = r.waiting().get();
    int n = w.rounds().size();
    StringBuilder b = new StringBuilder("waited ").append(n).append(n == 1 ? " round" : " rounds");
    if (n > 1) {
      b.append(" over ").append(Texts.duration(w.span()));
    }
    b.append(" (").append(r.verdict().name()).append(" in round ").append(w.last().number());
    b.append("): ").append(w.reason());
    List<String> healed = w.healed().stream().map(CheckId::value).toList();
    if (r.verdict() == Verdict.SAFE && !healed.isEmpty()) {
      b.append("; healed: ").append(Texts.names(healed));
    }
    return Optional.of(Texts.oneLine(b.toString()));
  }

  /** "round 2 at 2026-11-30T12:00:30.000Z: BLOCKED by api:payments". */
  static String roundLine(WaitSummary.Round round) {
    String by =
        round.blockers().isEmpty()
            ? ""
            : " by " + String.join(", ", round.blockers().stream().map(CheckId::value).toList());
    return "round "
        + round.number()
        + " at "
        + JsonReport.TIME.format(round.at())
        + ": "
        + round.verdict().name()
        + by;
  }
}
