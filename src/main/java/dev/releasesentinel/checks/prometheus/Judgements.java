package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.Outcome;
import dev.releasesentinel.engine.Status;

/** What the instant and window judges share: the words for no data, by {@link OnEmpty}. */
final class Judgements {

  private Judgements() {}

  /**
   * No data, judged by on-empty (docs/checks/prometheus.md, "No data").
   *
   * @param what what was missing: "the query returned no data", "no data at 3 of 61 evaluations"
   */
  static Outcome noData(PrometheusConfig.Query q, String what) {
    return switch (q.onEmpty()) {
      case PASS -> Outcome.of(Status.PASS, what + ", and on-empty is pass (" + q.name() + ")");
      case FAIL -> Outcome.of(Status.FAIL, what + ", and on-empty is fail (" + q.name() + ")");
      case ERROR ->
          Outcome.error(
              what
                  + " ("
                  + q.name()
                  + "): a misspelt metric or label gives no data, not an error; check the query,"
                  + " or set on-empty: pass where no data is good news");
    };
  }

  static Status status(Threshold.Level level) {
    return switch (level) {
      case OK -> Status.PASS;
      case WARN -> Status.WARN;
      case FAIL -> Status.FAIL;
    };
  }

  static String series(int n) {
    return n == 1 ? "1 series" : n + " series";
  }
}
