package dev.releasesentinel.checks.prometheus;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.engine.Severity;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the records refuse, so that no run starts with settings it cannot use. */
class PrometheusConfigTest {

  @Test
  void aNameIsPartOfTheCheckId() {
    assertThatThrownBy(() -> Queries.instant("error rate", "x", Threshold.max(1)))
        .hasMessage(
            "name 'error rate' must be letters, digits, '.', '_' or '-' (it is part of the check"
                + " id)");
  }

  @Test
  void anEmptyQueryIsRefused() {
    assertThatThrownBy(() -> Queries.instant("q", " ", Threshold.max(1)))
        .hasMessage("query is empty: give a PromQL expression");
  }

  @Test
  void aStepNeedsAWindow() {
    assertThatThrownBy(
            () ->
                new PrometheusConfig.Query(
                    "q",
                    "x",
                    Threshold.max(1),
                    Optional.empty(),
                    Optional.of(Duration.ofSeconds(10)),
                    OnEmpty.ERROR,
                    Severity.BLOCK))
        .hasMessage("step needs for: it spaces the evaluations of a window");
  }

  @Test
  void aBadRegexInMatchIsRefusedNamingTheLabel() {
    assertThatThrownBy(
            () ->
                new PrometheusConfig.AlertMatch(
                    "a", Map.of("service", "pay(ments"), Severity.BLOCK))
        .hasMessageStartingWith("match.service is not a valid regular expression: ");
  }

  @Test
  void aMatchKeyMustBeALabelName() {
    assertThatThrownBy(
            () -> new PrometheusConfig.AlertMatch("a", Map.of("service-name", "x"), Severity.BLOCK))
        .hasMessage("match key 'service-name' is not a label name (letters, digits and '_')");
  }
}
