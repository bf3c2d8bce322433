package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.engine.Waived;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wording shared by the human-readable formats (docs/report-formats.md): the counts, the summary
 * line, what a non-blocking miss and a waiver say, durations.
 */
final class Texts {

  /** How many blocker ids the summary line names before "and N more". */
  private static final int NAMED = 5;

  private Texts() {}

  /** "48 ms", "3.2 s": every duration of every human format. */
  static String duration(Duration d) {
    return Durations.words(d);
  }

  /** A FAIL or ERROR that does not block: severity warn, not strict. */
  static boolean nonBlocking(CheckResult c, boolean strict) {
    return c.status().isFailure() && !c.blocks(strict);
  }

  /** A warning in the counts: a WARN that does not block, or a failure that does not block. */
  static boolean warning(CheckResult c, boolean strict) {
    return (c.status() == Status.WARN || c.status().isFailure()) && !c.blocks(strict);
  }

  /** The non-zero counts beside the blockers: "9 passed, 1 warning, 1 waived, 2 skipped". */
  static List<String> counts(RunReport r) {
    int pass = 0;
    int warn = 0;
    int waived = 0;
    int skip = 0;
    for (CheckResult c : r.results()) {
      if (c.status() == Status.PASS) {
        pass++;
      } else if (warning(c, r.strict())) {
        warn++;
      } else if (c.status() == Status.WAIVED) {
        waived++;
      } else if (c.status() == Status.SKIP) {
        skip++;
      }
    }
    List<String> parts = new ArrayList<>();
    if (pass > 0) {
      parts.add(pass + " passed");
    }
    if (warn > 0) {
      parts.add(warn + (warn == 1 ? " warning" : " warnings"));
    }
    if (waived > 0) {
      parts.add(waived + " waived");
    }
    if (skip > 0) {
      parts.add(skip + " skipped");
    }
    return parts;
  }

  /**
   * The one line that sums a run up, the same in the text report, {@code -q} and the JUnit
   * properties: the verdict, the blockers by id (critical ones first), the counts, the wall time,
   * and the checks the selection left out.
   */
  static String summaryLine(RunReport r) {
    StringBuilder b = new StringBuilder(r.verdict().name());
    if (r.strict() && r.verdict() != Verdict.SAFE) {
      b.append(" (strict)");
    }
    b.append(": ");
    Optional<String> nothing = r.nothingChecked();
    if (nothing.isPresent()) {
      b.append("nothing was checked: ");
      List<String> skipped = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      for (CheckResult c : r.results()) {
        String why = c.needs().map(n -> "needs " + n.value()).orElse(oneLine(c.message()));
        if (c.status() == Status.SKIP) {
          skipped.add(c.id().value() + ": " + why);
        } else {
          errors.add(c.id().value() + ": " + oneLine(c.message()));
        }
      }
      List<String> parts = new ArrayList<>();
      if (!skipped.isEmpty()) {
        parts.add(skipped.size() + " skipped (" + String.join("; ", skipped) + ")");
      }
      if (!errors.isEmpty()) {
        parts.add(errors.size() + " could not check (" + String.join("; ", errors) + ")");
      }
      b.append(parts.isEmpty() ? "no check was selected" : String.join(", ", parts));
      unselected(r).ifPresent(u -> b.append("; ").append(u));
      return b.toString();
    }
    List<CheckResult> blockers = r.blockers();
    List<String> critical = new ArrayList<>();
    List<String> blocking = new ArrayList<>();
    for (CheckResult c : blockers) {
      String id = c.id().value() + (c.status() == Status.WARN ? ", a warning" : "");
      if (Verdict.of(c, r.strict()) == Verdict.CRITICAL) {
        critical.add(id);
      } else {
        blocking.add(id);
      }
    }
    List<String> heads = new ArrayList<>();
    if (!critical.isEmpty()) {
      heads.add(critical.size() + " critical (" + names(critical) + ")");
    }
    if (!blocking.isEmpty()) {
      heads.add(
          blocking.size()
              + (blocking.size() == 1 ? " blocker (" : " blockers (")
              + names(blocking)
              + ")");
    }
    List<String> counts = counts(r);
    if (!heads.isEmpty()) {
      b.append(String.join(" and ", heads));
      b.append(counts.isEmpty() ? "" : "; ");
    }
    b.append(String.join(", ", counts));
    b.append(" in ").append(duration(r.duration()));
    unselected(r).ifPresent(u -> b.append("; ").append(u));
    return b.toString();
  }

  /** "5 not selected (--only git,api)", when the selection left checks out. */
  static Optional<String> unselected(RunReport r) {
    RunReport.Unselected u = r.unselected();
    return u.count() == 0
        ? Optional.empty()
        : Optional.of(u.count() + " not selected (" + u.by() + ")");
  }

  static String names(List<String> ids) {
    String shown = String.join(", ", ids.subList(0, Math.min(NAMED, ids.size())));
    return ids.size() > NAMED ? shown + " and " + (ids.size() - NAMED) + " more" : shown;
  }

  /**
   * "waived by alice until 2026-12-31 (24 days left): reason (ticket OPS-1)"; the days as the
   * waiver was applied (at the run's instant, {@code --at}, in the schedule's zone).
   */
  static String waiver(Waived w) {
    StringBuilder b = new StringBuilder("waived");
    if (!w.by().isEmpty()) {
      b.append(" by ").append(w.by());
    }
    if (w.expires().isPresent()) {
      b.append(" until ").append(w.expires().get());
      w.daysLeft()
          .ifPresent(
              d ->
                  b.append(
                      d == 0
                          ? " (last day)"
                          : d == 1 ? " (1 day left)" : " (" + d + " days left)"));
    } else {
      b.append(" for this run");
    }
    if (!w.reason().isEmpty()) {
      b.append(": ").append(w.reason());
    }
    w.ticket().ifPresent(t -> b.append(" (ticket ").append(t).append(')'));
    return b.toString();
  }

  /** The waiver of a WAIVED result, or "waived" when it did not say which. */
  static String waiver(CheckResult c) {
    return c.waived().map(Texts::waiver).orElse("waived");
  }

  /** "non-blocking (severity warn)". */
  static String nonBlockingNote(CheckResult c) {
    return "non-blocking (severity " + c.severity().label() + ")";
  }

  /** "blocks" or "critical": what a failure that blocks means. */
  static String blockingWord(CheckResult c) {
    return c.severity() == Severity.CRITICAL ? "critical" : "blocks";
  }

  /** What the run was about: "version v1.4.2 · environment prod · commit 3f2c1a9 (main)". */
  static String subject(RunReport r) {
    List<String> parts = new ArrayList<>();
    r.version().ifPresent(v -> parts.add("version " + v));
    r.environment().ifPresent(e -> parts.add("environment " + e));
    r.repository()
        .commit()
        .ifPresent(
            c ->
                parts.add(
                    "commit "
                        + shortSha(c)
                        + r.repository().branch().map(b -> " (" + b + ")").orElse("")));
    return String.join(" · ", parts);
  }

  static String shortSha(String sha) {
    return sha.length() > 7 ? sha.substring(0, 7) : sha;
  }

  /** Results grouped by family, in the order families first appear. */
  static Map<String, List<CheckResult>> byFamily(List<CheckResult> results) {
    Map<String, List<CheckResult>> m = new LinkedHashMap<>();
    for (CheckResult r : results) {
      m.computeIfAbsent(r.id().family(), k -> new ArrayList<>()).add(r);
    }
    return m;
  }

  /** Messages are one line in the one-line formats; control characters would break terminals. */
  static String oneLine(String s) {
    return s.replace("\r\n", " ")
        .replace('\n', ' ')
        .replace('\r', ' ')
        .replaceAll("\\p{Cntrl}", "?");
  }
}
