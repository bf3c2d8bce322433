package dev.releasesentinel.checks.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.RunOne;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadCheckTest {

  static LoadCheck check(double warn, double critical, Severity severity) {
    return new LoadCheck(
        new SystemConfig.Thresholds(
            OptionalDouble.of(warn),
            OptionalDouble.of(critical),
            new CheckSpec(true, severity, Location.NONE)),
        new FakeHostProbe().lazy());
  }

  @ParameterizedTest(name = "load {0} on {1} CPUs -> {2}")
  @CsvSource({
    "2.98, 2, PASS", // 1.49 per core
    "3.00, 2, WARN", // 1.50: at warn
    "3.02, 2, WARN",
    "5.98, 2, WARN",
    "6.00, 2, FAIL", // 3.00: at critical
    "6.02, 2, FAIL",
    "6.00, 4, WARN", // the same load on twice the CPUs
    "0.00, 1, PASS",
  })
  void judgesLoadPerCoreAgainstWarnAndCritical(double load, int cpus, Status expected) {
    assertThat(check(1.5, 3.0, Severity.CRITICAL).judge(new LoadReading(load, cpus)).status())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "severity {0}")
  @CsvSource({"WARN", "BLOCK", "CRITICAL"})
  void failureCarriesTheSeverityOfItsCheckSpec(Severity severity) {
    CheckResult r = check(1.5, 3.0, severity).judge(new LoadReading(8, 2));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severity()).isEqualTo(severity);
  }

  @Test
  void messageShowsLoadCpusAndPerCoreFigure() {
    CheckResult r = check(1.5, 3.0, Severity.CRITICAL).judge(new LoadReading(3.1, 2));
    assertThat(r.message())
        .isEqualTo(
            "load 3.10 on 2 CPUs = 1.55 per core: at or above warn 1.5; wait for the host to quiet"
                + " down, move work off it, or raise the threshold");
    assertThat(r.details())
        .containsEntry("load1", 3.1)
        .containsEntry("logicalCpus", 2)
        .containsEntry("perCore", 1.55);
  }

  @ParameterizedTest(name = "load {0}")
  @CsvSource({"-1", "NaN"})
  void errorsWhenTheLoadAverageIsUnavailable(double load) {
    CheckResult r = check(1.5, 3.0, Severity.BLOCK).judge(new LoadReading(load, 8));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.severity()).isEqualTo(Severity.BLOCK);
    assertThat(r.message()).contains("load average is not available");
  }

  @Test
  void errorsWhenTheCpuCountIsUnknown() {
    assertThat(check(1.5, 3.0, Severity.BLOCK).judge(new LoadReading(1, 0)).status())
        .isEqualTo(Status.ERROR);
  }

  @Test
  void errorsWithTheProbesReason() {
    LoadCheck c =
        new LoadCheck(
            new SystemConfig.Thresholds(
                OptionalDouble.of(2),
                OptionalDouble.empty(),
                new CheckSpec(true, Severity.CRITICAL, Location.NONE)),
            new FakeHostProbe().failing("no /proc/loadavg").lazy());
    CheckResult r = RunOne.result(c);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message()).isEqualTo("cannot read the load average: no /proc/loadavg");
  }
}
