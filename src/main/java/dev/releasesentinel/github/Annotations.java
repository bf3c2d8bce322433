package dev.releasesentinel.github;

import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.RunReport;
import dev.releasesentinel.engine.Source;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.engine.Verdict;
import dev.releasesentinel.report.Reports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The annotations of a run, in the order and number the runner can show: it keeps only the first 10
 * errors and 10 warnings of a step (docs/action-runner.md), so the most severe come first and the
 * 10th of a level names how many more there are. Each points at the config line that declared its
 * check, when the config file is in the workspace.
 */
public final class Annotations {

  /** Annotations of one level that the runner keeps per step. */
  public static final int PER_LEVEL = 10;

  private Annotations() {}

  /**
   * What the runner shows: {@link #all} with each level cut to {@link #PER_LEVEL}, the last one
   * kept naming the rest.
   */
  public static List<Annotation> of(RunReport report, Path workspace) {
    return of(report, workspace, PER_LEVEL, PER_LEVEL);
  }

  /**
   * Like {@link #of(RunReport, Path)}, with room for only so many errors and warnings: the step has
   * already used the rest of the runner's per-level allowance.
   */
  public static List<Annotation> of(
      RunReport report, Path workspace, int errorRoom, int warningRoom) {
    List<Annotation> all = all(report, workspace);
    List<Annotation> out = new ArrayList<>();
    out.addAll(
        limit(
            all.stream().filter(a -> a.level() == Annotation.Level.ERROR).toList(),
            "errors",
            errorRoom));
    out.addAll(
        limit(
            all.stream().filter(a -> a.level() == Annotation.Level.WARNING).toList(),
            "warnings",
            warningRoom));
    out.addAll(
        limit(
            all.stream().filter(a -> a.level() == Annotation.Level.NOTICE).toList(),
            "notices",
            PER_LEVEL));
    return out;
  }

  /**
   * Every annotation of a run, errors first: errors for the results that make the verdict (critical
   * before blocking, FAIL before ERROR), then warnings for failures that do not block and for WARN
   * results, then a notice for each waived result (it never blocks, but a waiver is always seen);
   * declaration order otherwise.
   */
  public static List<Annotation> all(RunReport report, Path workspace) {
    List<CheckResult> errors = new ArrayList<>();
    List<CheckResult> warnings = new ArrayList<>();
    List<CheckResult> notices = new ArrayList<>();
    for (CheckResult r : report.results()) {
      if (r.blocks(report.strict())) {
        errors.add(r);
      } else if (r.status().isFailure() || r.status() == Status.WARN) {
        warnings.add(r);
      } else if (r.status() == Status.WAIVED) {
        notices.add(r);
      }
    }
    Comparator<CheckResult> worstFirst =
        Comparator.comparingInt((CheckResult r) -> -Verdict.of(r, report.strict()).ordinal())
            .thenComparingInt(Annotations::statusRank);
    errors.sort(worstFirst);
    warnings.sort(Comparator.comparingInt(Annotations::statusRank));
    List<Annotation> out = new ArrayList<>();
    errors.forEach(r -> out.add(annotation(Annotation.Level.ERROR, r, report, workspace)));
    warnings.forEach(r -> out.add(annotation(Annotation.Level.WARNING, r, report, workspace)));
    notices.forEach(r -> out.add(annotation(Annotation.Level.NOTICE, r, report, workspace)));
    return out;
  }

  /** FAIL (a rule is broken) before ERROR (could not tell), then WARN. */
  private static int statusRank(CheckResult r) {
    return switch (r.status()) {
      case FAIL -> 0;
      case ERROR -> 1;
      case WARN -> 2;
      default -> 3;
    };
  }

  private static Annotation annotation(
      Annotation.Level level, CheckResult r, RunReport report, Path workspace) {
    boolean strict = report.strict();
    Optional<Source> at = r.source();
    Optional<String> file = at.flatMap(l -> relative(l.file(), workspace));
    int line = file.isPresent() ? at.get().line() : 0;
    int col = file.isPresent() ? at.get().column() : 0;
    String said =
        switch (r.status()) {
          case WARN -> r.message();
          case WAIVED ->
              r.message()
                  + " (WAIVED"
                  + r.waived()
                      .map(w -> " " + w.original() + ", " + Reports.waiverText(w))
                      .orElse("")
                  + ")";
          default ->
              r.message()
                  + " ("
                  + r.status().name()
                  + (r.blocks(strict) ? ", severity " : ", does not block: severity ")
                  + r.severity().label()
                  + ")";
        };
    String message = r.hint().map(h -> said + "\nfix: " + h).orElse(said);
    return new Annotation(level, r.id().value(), file, line, col, cut(message, ""));
  }

  /**
   * The first {@code room} of an ordered list (at most {@link #PER_LEVEL}); when there are more,
   * the last one kept says how many more there are and which. No room keeps none.
   */
  public static List<Annotation> limit(List<Annotation> ordered, String noun, int room) {
    int max = Math.max(0, Math.min(room, PER_LEVEL));
    if (ordered.size() <= max) {
      return ordered;
    }
    if (max == 0) {
      return List.of();
    }
    List<Annotation> kept = new ArrayList<>(ordered.subList(0, max));
    List<Annotation> rest = ordered.subList(max, ordered.size());
    List<String> titles = rest.stream().map(Annotation::title).toList();
    String suffix =
        "\n... and "
            + rest.size()
            + " more "
            + noun
            + " not shown as annotations (the runner shows "
            + PER_LEVEL
            + " per step): "
            + String.join(", ", titles)
            + ". See the job summary for all of them.";
    Annotation last = kept.get(max - 1);
    kept.set(max - 1, last.withMessage(cut(last.message(), suffix)));
    return kept;
  }

  /** {@code body} + {@code suffix} cut under the runner's message limit, keeping the suffix. */
  static String cut(String body, String suffix) {
    int max = Limits.ANNOTATION_CHARS;
    String tail = suffix.length() > max / 2 ? suffix.substring(0, max / 2) + "..." : suffix;
    if (body.length() + tail.length() <= max) {
      return body + tail;
    }
    String mark = " [cut]";
    int room = max - tail.length() - mark.length();
    int end = room;
    if (end > 0 && Character.isHighSurrogate(body.charAt(end - 1))) {
      end--;
    }
    return body.substring(0, end) + mark + tail;
  }

  /**
   * A config file path as the runner wants it in {@code file=}: relative to the workspace with
   * forward slashes; nothing when the file is outside the workspace or is not a file at all.
   */
  public static Optional<String> relative(String file, Path workspace) {
    if (file == null || file.isEmpty()) {
      return Optional.empty();
    }
    Path p;
    try {
      p = Path.of(file);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    Path ws = workspace.toAbsolutePath().normalize();
    Path abs = p.toAbsolutePath().normalize();
    if (!abs.startsWith(ws) || abs.equals(ws)) {
      return Optional.empty();
    }
    return Optional.of(ws.relativize(abs).toString().replace('\\', '/'));
  }
}
