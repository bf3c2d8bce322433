package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.Labels;
import dev.releasesentinel.checks.monitoring.Outcome;
import dev.releasesentinel.engine.Durations;
import dev.releasesentinel.engine.Status;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Judges a {@code for} window, a pure function of the range query's matrix (docs/checks/
 * prometheus.md, "Windows"): the limits must hold at every evaluation, for every series. A
 * violation anywhere is the check's status (FAIL, or WARN for a warn level), named with when and
 * for how much of the window. Evaluations at which no series had a value (nothing came back, or
 * only NaN) are no data, judged by on-empty, unless a violation already decided.
 */
final class WindowJudge {

  private WindowJudge() {}

  /** The worst value seen: where and when. */
  private record Worst(double value, Map<String, String> labels, int index) {}

  static Outcome judge(PrometheusConfig.Query q, Window w, QueryResult result) {
    if (!(result instanceof QueryResult.Matrix matrix)) {
      return Outcome.error(
          "Prometheus answered a range query with a result that is not a matrix ("
              + q.name()
              + ")");
    }
    Threshold t = q.threshold();
    int n = w.evaluations();
    boolean[] covered = new boolean[n];
    Threshold.Level[] levels = new Threshold.Level[n];
    Worst worst = null;
    for (QueryResult.Series s : matrix.series()) {
      for (QueryResult.Point p : s.points()) {
        int i = w.index(p.millis());
        if (i < 0 || Double.isNaN(p.value())) {
          continue;
        }
        covered[i] = true;
        Threshold.Level level = t.level(p.value());
        if (levels[i] == null || level.compareTo(levels[i]) > 0) {
          levels[i] = level;
        }
        if (worst == null || worse(t, p.value(), worst.value())) {
          worst = new Worst(p.value(), s.labels(), i);
        }
      }
    }
    String last = Durations.format(w.length());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("start", w.start().toString());
    details.put("end", w.end().toString());
    details.put("step", Durations.format(w.step()));
    details.put("evaluations", n);
    details.put("series", matrix.series().size());
    details.put("threshold", t.describe());
    if (worst == null) {
      return withDetails(Judgements.noData(q, "no data over the last " + last), details);
    }
    details.put("value", Numbers.value(worst.value()));
    details.put("labels", worst.labels());
    details.put("at", w.at(worst.index()).toString());
    Threshold.Level level = t.level(worst.value());
    Stretch gaps = Stretch.of(covered, false);
    details.put("noDataEvaluations", gaps.count());
    String where =
        t.compare(worst.value())
            + " ("
            + q.name()
            + ")"
            + (worst.labels().isEmpty() ? "" : " at " + Labels.format(worst.labels()));
    if (level != Threshold.Level.OK) {
      boolean[] off = new boolean[n];
      for (int i = 0; i < n; i++) {
        off[i] = levels[i] == level;
      }
      Stretch bad = Stretch.of(off, true);
      Duration much = w.step().multipliedBy(bad.count());
      details.put("offLimitsEvaluations", bad.count());
      details.put("offLimitsFor", Durations.format(much));
      details.put("firstOffLimits", w.at(bad.first()).toString());
      details.put("lastOffLimits", w.at(bad.last()).toString());
      details.put("stretches", bad.stretches());
      String message =
          where
              + " "
              + ago(w, worst.index())
              + "; off limits at "
              + bad.count()
              + " of "
              + n
              + " evaluations over the last "
              + last
              + " (about "
              + Durations.format(much)
              + ", "
              + span(w, bad)
              + ")"
              + (gaps.count() == 0 ? "" : "; no data at " + gaps.count() + " evaluations");
      return new Outcome(Judgements.status(level), message, details);
    }
    if (gaps.count() > 0) {
      String what =
          "no data at "
              + gaps.count()
              + " of "
              + n
              + " evaluations over the last "
              + last
              + " ("
              + span(w, gaps)
              + ")";
      Outcome o = Judgements.noData(q, what);
      if (o.status() == Status.PASS) {
        o =
            Outcome.of(
                o.status(),
                "held over the last "
                    + last
                    + " where there was data: "
                    + where
                    + "; "
                    + what
                    + ", and on-empty is pass");
      }
      return withDetails(o, details);
    }
    String message =
        "held over the last "
            + last
            + " ("
            + n
            + " evaluations every "
            + Durations.format(w.step())
            + "): "
            + where
            + (matrix.series().size() > 1
                ? ", the worst of " + Judgements.series(matrix.series().size())
                : "");
    return new Outcome(Status.PASS, message, details);
  }

  private static boolean worse(Threshold t, double a, double b) {
    int byLevel = t.level(a).compareTo(t.level(b));
    return byLevel > 0 || byLevel == 0 && t.badness(a) > t.badness(b);
  }

  private static Outcome withDetails(Outcome o, Map<String, Object> details) {
    Map<String, Object> all = new LinkedHashMap<>(details);
    all.putAll(o.details());
    return new Outcome(o.status(), o.message(), all);
  }

  private static String ago(Window w, int i) {
    Duration d = Duration.between(w.at(i), w.end());
    return d.isZero() ? "at the last evaluation" : Durations.format(d) + " ago";
  }

  /** "from 7m ago to 6m40s ago" or "at 7m ago", and the number of stretches when more than one. */
  private static String span(Window w, Stretch s) {
    String first = ago(w, s.first());
    String lastOne = ago(w, s.last());
    String range = s.first() == s.last() ? first : "from " + first + " to " + lastOne;
    return s.stretches() > 1 ? range + ", in " + s.stretches() + " stretches" : range;
  }

  /**
   * The evaluations where a flag has a value: how many, the first, the last, and in how many runs.
   */
  private record Stretch(int count, int first, int last, int stretches) {
    static Stretch of(boolean[] flags, boolean value) {
      int count = 0;
      int first = -1;
      int last = -1;
      int stretches = 0;
      for (int i = 0; i < flags.length; i++) {
        if (flags[i] == value) {
          count++;
          if (first < 0) {
            first = i;
          }
          if (last != i - 1 || last < 0) {
            stretches++;
          }
          last = i;
        }
      }
      return new Stretch(count, first, last, stretches);
    }
  }
}
