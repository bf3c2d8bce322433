package dev.releasesentinel.checks.prometheus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A query's result as Prometheus's HTTP API returns it: vector, scalar, matrix or string. */
sealed interface QueryResult {

  /** {@code resultType: vector}: one sample per series at the evaluation instant. */
  record Vector(List<Sample> samples) implements QueryResult {
    public Vector {
      samples = List.copyOf(samples);
    }
  }

  /** {@code resultType: scalar}. */
  record Scalar(double value) implements QueryResult {}

  /** {@code resultType: matrix}: points per series (a range query, or a range selector). */
  record Matrix(List<Series> series) implements QueryResult {
    public Matrix {
      series = List.copyOf(series);
    }
  }

  /** {@code resultType: string}. */
  record Text(String value) implements QueryResult {}

  /** One series' value; the labels keep the server's order. */
  record Sample(Map<String, String> labels, double value) {
    public Sample {
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
  }

  record Series(Map<String, String> labels, List<Point> points) {
    public Series {
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
      points = List.copyOf(points);
    }
  }

  /** A value at an instant, in epoch milliseconds. */
  record Point(long millis, double value) {}
}
