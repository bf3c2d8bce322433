package dev.releasesentinel.checks.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.monitoring.Outcome;
import dev.releasesentinel.engine.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The judges on literal results: the cases a real server makes hard to stage. */
class JudgeTest {

  private static final Instant END = Instant.parse("2026-12-07T08:00:00Z");
  private static final Window TEN = Window.over(END, Duration.ofMinutes(10), Optional.empty());

  private static QueryResult.Sample sample(String instance, double v) {
    return new QueryResult.Sample(Map.of("instance", instance), v);
  }

  /** No point at this evaluation. */
  private static final double GAP = -12345;

  /** A series with {@code value} at every evaluation but those in {@code except}. */
  private static QueryResult.Series series(
      String instance, double value, Map<Integer, Double> except) {
    List<QueryResult.Point> points = new ArrayList<>();
    for (int i = 0; i < TEN.evaluations(); i++) {
      double v = except.getOrDefault(i, value);
      if (v != GAP) {
        points.add(new QueryResult.Point(TEN.at(i).toEpochMilli(), v));
      }
    }
    return new QueryResult.Series(Map.of("instance", instance), points);
  }

  @Test
  void nanSeriesAreLeftOutAndCounted() {
    Outcome o =
        InstantJudge.judge(
            Queries.instant("r", "x", Threshold.max(0.01)),
            new QueryResult.Vector(List.of(sample("a", Double.NaN), sample("b", 0.002))));

    assertThat(o.status()).isEqualTo(Status.PASS);
    assertThat(o.message())
        .isEqualTo("0.002 <= max 0.01 (r) at {instance=\"b\"}; 1 series NaN, not judged");
  }

  @Test
  void aFailingSeriesOutranksAFartherWarning() {
    Threshold t =
        new Threshold(
            java.util.OptionalDouble.of(1),
            java.util.OptionalDouble.empty(),
            java.util.OptionalDouble.of(0.5),
            java.util.OptionalDouble.empty());
    Outcome o =
        InstantJudge.judge(
            Queries.instant("r", "x", t),
            new QueryResult.Vector(List.of(sample("a", 0.9), sample("b", 1.1))));

    assertThat(o.status()).isEqualTo(Status.FAIL);
    assertThat(o.message()).startsWith("1.1 > max 1 (r) at {instance=\"b\"}; 2 of 2 series off");
  }

  @Test
  void aViolationDecidesEvenWithGaps() {
    QueryResult.Matrix m =
        new QueryResult.Matrix(List.of(series("a", 0.001, Map.of(0, 0.5, 10, GAP, 11, GAP))));

    Outcome o =
        WindowJudge.judge(
            Queries.window("r", "x", Threshold.max(0.01), Duration.ofMinutes(10), OnEmpty.ERROR),
            TEN,
            m);

    assertThat(o.status()).isEqualTo(Status.FAIL);
    assertThat(o.message())
        .isEqualTo(
            "0.5 > max 0.01 (r) at {instance=\"a\"} 10m ago; off limits at 1 of 61 evaluations"
                + " over the last 10m (about 10s, 10m ago); no data at 2 evaluations");
  }

  @Test
  void stretchesAreCounted() {
    QueryResult.Matrix m =
        new QueryResult.Matrix(List.of(series("a", 0.001, Map.of(5, 0.2, 6, 0.3, 50, 0.02))));

    Outcome o =
        WindowJudge.judge(
            Queries.window("r", "x", Threshold.max(0.01), Duration.ofMinutes(10), OnEmpty.ERROR),
            TEN,
            m);

    assertThat(o.message())
        .endsWith(
            "off limits at 3 of 61 evaluations over the last 10m (about 30s, from 9m10s ago to"
                + " 1m40s ago, in 2 stretches)");
    assertThat(o.details()).containsEntry("stretches", 2);
  }

  @Test
  void aWarnLevelInAWindowWarns() {
    QueryResult.Matrix m = new QueryResult.Matrix(List.of(series("a", 0.1, Map.of(60, 0.6))));

    Outcome o =
        WindowJudge.judge(
            Queries.window(
                "r", "x", Threshold.levels(0.5, 0.9), Duration.ofMinutes(10), OnEmpty.ERROR),
            TEN,
            m);

    assertThat(o.status()).isEqualTo(Status.WARN);
    assertThat(o.message())
        .startsWith("0.6 >= warn 0.5 (r) at {instance=\"a\"} at the last evaluation;");
  }

  @Test
  void nanPointsAreNoData() {
    QueryResult.Matrix m = new QueryResult.Matrix(List.of(series("a", Double.NaN, Map.of())));

    Outcome o =
        WindowJudge.judge(
            Queries.window("r", "x", Threshold.max(1), Duration.ofMinutes(10), OnEmpty.FAIL),
            TEN,
            m);

    assertThat(o.status()).isEqualTo(Status.FAIL);
    assertThat(o.message()).isEqualTo("no data over the last 10m, and on-empty is fail (r)");
  }
}
