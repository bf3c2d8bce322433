package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.Labels;
import dev.releasesentinel.checks.monitoring.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges the result of an instant query against its threshold, a pure function: every series on its
 * own; the worst decides the status and is named in the message with its labels. NaN values (a
 * ratio of nothing to nothing) are left out and counted; a result with nothing else is no data.
 */
final class InstantJudge {

  /** The most series listed in the details, worst first. */
  static final int SERIES_IN_DETAILS = 20;

  private InstantJudge() {}

  static Outcome judge(PrometheusConfig.Query q, QueryResult result) {
    List<QueryResult.Sample> samples;
    if (result instanceof QueryResult.Vector v) {
      samples = v.samples();
    } else if (result instanceof QueryResult.Scalar s) {
      samples = List.of(new QueryResult.Sample(Map.of(), s.value()));
    } else if (result instanceof QueryResult.Matrix) {
      return Outcome.error(
          "the query returns a range vector ("
              + q.name()
              + "): an instant query must return numbers; wrap the range in a function such as"
              + " max_over_time(...[10m]), or judge a window with for:");
    } else {
      return Outcome.error(
          "the query returns a string (" + q.name() + "): it must return a number or a vector");
    }
    List<QueryResult.Sample> judged = new ArrayList<>();
    int nan = 0;
    for (QueryResult.Sample s : samples) {
      if (Double.isNaN(s.value())) {
        nan++;
      } else {
        judged.add(s);
      }
    }
    if (judged.isEmpty()) {
      String what =
          nan == 0
              ? "the query returned no data"
              : "the query returned only NaN ("
                  + Judgements.series(nan)
                  + "; 0/0, e.g. a ratio when nothing was counted)";
      return Judgements.noData(q, what).with("series", samples.size()).with("nanSeries", nan);
    }
    Threshold t = q.threshold();
    Comparator<QueryResult.Sample> worstFirst =
        Comparator.comparing((QueryResult.Sample s) -> t.level(s.value()))
            .thenComparingDouble(s -> t.badness(s.value()))
            .reversed();
    List<QueryResult.Sample> sorted = new ArrayList<>(judged);
    sorted.sort(worstFirst);
    QueryResult.Sample worst = sorted.get(0);
    Threshold.Level level = t.level(worst.value());
    long off = sorted.stream().filter(s -> t.level(s.value()) != Threshold.Level.OK).count();
    StringBuilder m =
        new StringBuilder(t.compare(worst.value())).append(" (").append(q.name()).append(')');
    if (!worst.labels().isEmpty()) {
      m.append(" at ").append(Labels.format(worst.labels()));
    }
    if (judged.size() > 1) {
      m.append(level == Threshold.Level.OK ? "; the worst of " : "; ")
          .append(
              level == Threshold.Level.OK
                  ? Judgements.series(judged.size())
                  : off + " of " + Judgements.series(judged.size()) + " off limits");
    }
    if (nan > 0) {
      m.append("; ").append(Judgements.series(nan)).append(" NaN, not judged");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("value", Numbers.value(worst.value()));
    details.put("labels", worst.labels());
    details.put("threshold", t.describe());
    details.put("series", samples.size());
    details.put("offLimits", off);
    details.put("nanSeries", nan);
    List<Map<String, Object>> listed = new ArrayList<>();
    for (QueryResult.Sample s : sorted.subList(0, Math.min(SERIES_IN_DETAILS, sorted.size()))) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("labels", s.labels());
      e.put("value", Numbers.value(s.value()));
      listed.add(e);
    }
    details.put("worst", listed);
    return new Outcome(Judgements.status(level), m.toString(), details);
  }
}
