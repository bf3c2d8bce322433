package dev.releasesentinel.checks.prometheus;

import dev.releasesentinel.checks.monitoring.Upstream;
import dev.releasesentinel.engine.Severity;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The prometheus family's settings (docs/checks/prometheus.md): the server, the queries to judge
 * and the firing alerts that block. Constructors reject what no run could use, with a message that
 * names the problem and the fix.
 */
public record PrometheusConfig(Upstream upstream, List<Query> queries, List<AlertMatch> alerts) {

  public PrometheusConfig {
    Objects.requireNonNull(upstream, "upstream");
    queries = List.copyOf(queries);
    alerts = List.copyOf(alerts);
  }

  /** The longest window a {@code for} may cover; Prometheus keeps 15 days by default. */
  public static final Duration MAX_WINDOW = Duration.ofDays(15);

  /**
   * One PromQL query and its limits; the check id is {@code prometheus.query:NAME}.
   *
   * @param window {@code for}: the limits held at every evaluation over this much time up to now
   * @param step the time between those evaluations; chosen from the window when absent ({@link
   *     Window})
   */
  public record Query(
      String name,
      String promql,
      Threshold threshold,
      Optional<Duration> window,
      Optional<Duration> step,
      OnEmpty onEmpty,
      Severity severity) {
    public Query {
      Upstream.checkName(name);
      Objects.requireNonNull(promql, "promql");
      Objects.requireNonNull(threshold, "threshold");
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(onEmpty, "onEmpty");
      Objects.requireNonNull(severity, "severity");
      if (promql.isBlank()) {
        throw new IllegalArgumentException("query is empty: give a PromQL expression");
      }
      if (window.isPresent()) {
        Window.check(window.get(), step);
      } else if (step.isPresent()) {
        throw new IllegalArgumentException("step needs for: it spaces the evaluations of a window");
      }
    }

    /** An instant query with a threshold, ERROR on no data, block severity. */
    public static Query instant(String name, String promql, Threshold threshold) {
      return new Query(
          name,
          promql,
          threshold,
          Optional.empty(),
          Optional.empty(),
          OnEmpty.ERROR,
          Severity.BLOCK);
    }
  }

  /**
   * Firing alerts whose labels all match these regular expressions block; the check id is {@code
   * prometheus.alerts:NAME}. A regex matches the whole value, as PromQL's {@code =~} does, and an
   * absent label has the empty value.
   */
  public record AlertMatch(String name, Map<String, String> match, Severity severity) {
    public AlertMatch {
      Upstream.checkName(name);
      match = Collections.unmodifiableMap(new LinkedHashMap<>(match));
      Objects.requireNonNull(severity, "severity");
      for (Map.Entry<String, String> e : match.entrySet()) {
        if (!e.getKey().matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
          throw new IllegalArgumentException(
              "match key '" + e.getKey() + "' is not a label name (letters, digits and '_')");
        }
        pattern(e.getKey(), e.getValue());
      }
    }

    /** The anchored pattern of one label's regex. */
    static Pattern pattern(String label, String regex) {
      try {
        return Pattern.compile("^(?:" + regex + ")$", Pattern.DOTALL);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "match."
                + label
                + " is not a valid regular expression: "
                + e.getDescription()
                + " near index "
                + e.getIndex());
      }
    }
  }
}
