package dev.releasesentinel.report;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The markdown report: the job summary and the PR comment body (docs/report-formats.md,
 * "Markdown"). The verdict for this release first, then each blocker once with its fix and config
 * line, the next step, the counts in one line, waivers, and the other non-passing checks in a
 * closed {@code <details>} table; after {@code --wait}, the wait's line under the verdict and its
 * rounds in another closed block. Passed and unselected checks are only counted.
 */
public final class MarkdownReport implements ReportRenderer {

  private final MarkdownLinks links;

  public MarkdownReport() {
    this(MarkdownLinks.NONE);
  }

  public MarkdownReport(MarkdownLinks links) {
    this.links = links;
  }

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String render(RunReport r) {
    StringBuilder b = new StringBuilder();
    b.append(headline(r)).append("\n\n");
    MarkdownWait.line(r, b);
    b.append(context(r)).append("\n\n");
    if (r.nothingChecked().isPresent()) {
      MarkdownRest.nothingChecked(r, b);
    } else {
      blockers(r, b);
      counts(r, b);
      waived(r, b);
      MarkdownRest.table(r, b, c -> configLine(r, c));
    }
    MarkdownWait.rounds(r, b);
    b.append("<sub>release-sentinel ").append(Md.text(r.toolVersion()));
    links.docsUrl().ifPresent(u -> b.append(" · ").append(Md.link("how to read this report", u)));
    b.append("</sub>\n");
    return b.toString();
  }

  /** "### ⛔ BLOCKED — fix 3 blockers before deploying v1.1.0 to prod". */
  public static String headline(RunReport r) {
    String release = r.version().map(Md::text).orElse("this commit");
    String to = r.environment().map(e -> " to " + Md.text(e)).orElse("");
    String what;
    if (r.nothingChecked().isPresent()) {
      what = "nothing was checked";
    } else {
      int n = r.blockers().size();
      what =
          switch (r.verdict()) {
            case SAFE -> release + " can be deployed" + (to.isEmpty() ? "" : to);
            case BLOCKED ->
                "fix "
                    + n
                    + (n == 1 ? " blocker" : " blockers")
                    + " before deploying "
                    + release
                    + to;
            case CRITICAL ->
                "a human must decide before "
                    + release
                    + (to.isEmpty() ? " is deployed" : " goes" + to);
          };
    }
    return "### " + icon(r.verdict()) + " " + r.verdict().name() + " — " + what;
  }

  /** "Commit [`a338905`](…) on `main` · 13 checks in 0.8 s · [workflow run](…)". */
  private String context(RunReport r) {
    List<String> parts = new ArrayList<>();
    r.repository()
        .commit()
        .ifPresent(
            c -> {
              String sha = Md.code(Texts.shortSha(c));
              Optional<String> shown =
                  links.commitUrl().map(u -> "[" + sha + "](" + Md.destination(u) + ")");
              parts.add(
                  "Commit "
                      + shown.orElse(sha)
                      + r.repository().branch().map(br -> " on " + Md.code(br)).orElse(""));
            });
    int n = r.results().size();
    parts.add(n + (n == 1 ? " check" : " checks") + " in " + Texts.duration(r.duration()));
    links.runUrl().ifPresent(u -> parts.add(Md.link("workflow run", u)));
    if (r.strict()) {
      parts.add("strict: warnings block");
    }
    return String.join(" · ", parts);
  }

  private void blockers(RunReport r, StringBuilder b) {
    List<CheckResult> blockers = r.blockers();
    if (blockers.isEmpty()) {
      return;
    }
    long critical =
        blockers.stream().filter(c -> Verdict.of(c, r.strict()) == Verdict.CRITICAL).count();
    if (critical > 0 && critical < blockers.size()) {
      long rest = blockers.size() - critical;
      b.append("**")
          .append(critical)
          .append(critical == 1 ? " critical failure and " : " critical failures and ")
          .append(rest)
          .append(rest == 1 ? " blocker:**" : " blockers:**")
          .append("\n\n");
    }
    int i = 1;
    for (CheckResult c : blockers) {
      b.append(i++).append(". ").append(icon(c.status())).append(' ').append(id(c));
      if (c.severity() == Severity.CRITICAL && c.status().isFailure()) {
        b.append(" · critical");
      }
      if (c.status() == Status.WARN) {
        b.append(" · a warning, blocking under `--strict`");
      }
      b.append(" — ").append(Md.text(c.message()));
      Details.request(c).ifPresent(req -> b.append("\\\n   ").append(Md.code(req)));
      String fix = c.hint().map(h -> "**Fix:** " + Md.text(h)).orElse("");
      String line = configLine(r, c).orElse("");
      if (!fix.isEmpty() || !line.isEmpty()) {
        b.append("\\\n   ")
            .append(fix)
            .append(!fix.isEmpty() && !line.isEmpty() ? " · " : "")
            .append(line);
      }
      b.append('\n');
    }
    b.append('\n');
    b.append("**Next:** ").append(nextStep(r)).append("\n\n");
    b.append("```sh\n").append(Rerun.command(r)).append("\n```\n\n");
  }

  private String nextStep(RunReport r) {
    if (r.verdict() == Verdict.CRITICAL) {
      return "a critical check failed: someone who owns the release decides. Re-check with:";
    }
    return switch (links.next()) {
      case PULL_REQUEST -> "push a fix and the gate runs again. To check before pushing:";
      case CI -> "fix the blockers, then re-run the job. To check first:";
      case CLI -> "fix the blockers, then run the gate again:";
    };
  }

  /** "✅ 9 passed · ⚠️ 1 warning · 🛡️ 1 waived · ⏭️ 2 skipped · 5 not selected by …". */
  private void counts(RunReport r, StringBuilder b) {
    List<String> parts = new ArrayList<>();
    for (String count : Texts.counts(r)) {
      String icon =
          count.endsWith("passed")
              ? "✅"
              : count.endsWith("waived") ? "🛡️" : count.endsWith("skipped") ? "⏭️" : "⚠️";
      parts.add(icon + " " + count);
    }
    if (r.unselected().count() > 0) {
      parts.add(r.unselected().count() + " not selected by " + Md.code(r.unselected().by()));
    }
    // The report file on a line of its own: a long path never wraps inside its code span.
    Optional<String> file =
        links
            .reportFile()
            .map(
                f ->
                    "full report: "
                        + Md.code(f)
                        + (links.next() == MarkdownLinks.Next.CLI ? "" : " in the workspace"));
    if (!parts.isEmpty() || file.isPresent()) {
      b.append(String.join(" · ", parts))
          .append(parts.isEmpty() || file.isEmpty() ? "" : "\\\n")
          .append(file.orElse(""))
          .append("\n\n");
    }
  }

  private void waived(RunReport r, StringBuilder b) {
    List<CheckResult> waived =
        r.results().stream().filter(c -> c.status() == Status.WAIVED).toList();
    if (waived.isEmpty()) {
      return;
    }
    b.append("**Waived** (not blocking while the waiver lasts):\n\n");
    for (CheckResult c : waived) {
      b.append("- ").append(icon(Status.WAIVED)).append(' ').append(id(c));
      b.append(" — ").append(Md.text(c.message()));
      String waiver = Texts.waiver(c);
      b.append("\\\n  ").append(Md.text(waiver));
      configLine(r, c).ifPresent(l -> b.append(" · ").append(l));
      b.append('\n');
    }
    b.append('\n');
  }

  /** "[config line 8](…#L8)" with links, "config line 8" without; nothing for built-in checks. */
  private Optional<String> configLine(RunReport r, CheckResult c) {
    if (c.source().isEmpty()) {
      return Optional.empty();
    }
    int line = c.source().get().line();
    String text = "config line " + line;
    Optional<String> url =
        c.source().get().pathIn(r.repository().path()).flatMap(p -> links.blobUrl(p, line));
    return Optional.of(url.map(u -> Md.link(text, u)).orElse(text));
  }

  static String id(CheckResult c) {
    return "**" + Md.code(c.id().value(), true) + "**";
  }

  static String icon(Verdict v) {
    return switch (v) {
      case SAFE -> "✅";
      case BLOCKED -> "⛔";
      case CRITICAL -> "🚨";
    };
  }

  /** One icon per status, always beside its word (docs/report-formats.md, "Icons"). */
  static String icon(Status s) {
    return switch (s) {
      case PASS -> "✅";
      case WARN -> "⚠️";
      case FAIL -> "❌";
      case ERROR -> "💥";
      case SKIP -> "⏭️";
      case WAIVED -> "🛡️";
    };
  }

  /** Outside text for a table cell or paragraph: shows as written and makes nothing. */
  public static String escape(String s) {
    return Md.cell(s);
  }
}
