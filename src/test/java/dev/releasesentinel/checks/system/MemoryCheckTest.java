package dev.releasesentinel.checks.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.RunOne;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemoryCheckTest {

  static final long GIB = 1L << 30;

  static MemoryCheck check(double warn, double critical, Severity severity) {
    return new MemoryCheck(
        new SystemConfig.Thresholds(
            OptionalDouble.of(warn),
            OptionalDouble.of(critical),
            new CheckSpec(true, severity, new Location("x.yml", 5, 3))),
        new FakeHostProbe().lazy());
  }

  static MemoryCheck defaults() {
    return check(90, 97, Severity.CRITICAL);
  }

  static CgroupMemory cgroup(Long limit, long usage, long inactive) {
    return new CgroupMemory(
        2,
        "/docker/3f2c",
        limit == null ? OptionalLong.empty() : OptionalLong.of(limit),
        usage,
        inactive);
  }

  @ParameterizedTest(name = "host: {0} of 10000 bytes used -> {1}")
  @CsvSource({
    "8999, PASS",
    "9000, WARN",
    "9001, WARN",
    "9699, WARN",
    "9700, FAIL",
    "9701, FAIL",
    "10000, FAIL",
  })
  void judgesHostUsageAgainstWarnAndCriticalReachingTheLevelTripsIt(long used, Status expected) {
    CheckResult r = defaults().judge(MemoryReading.host(10_000, 10_000 - used));
    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.details()).containsEntry("scope", "host");
  }

  // Working set = usage - inactive_file; the limit replaces the host total.
  @ParameterizedTest(name = "cgroup: usage {0}, inactive_file {1} of limit 10000 -> {2}")
  @CsvSource({
    "8999, 0, PASS",
    "9500, 501, PASS", // working set 8999
    "9500, 500, WARN", // working set 9000 = 90%
    "9001, 0, WARN",
    "9700, 0, FAIL",
    "12000, 2300, FAIL", // working set 9700 = 97%
    "500, 800, PASS", // more inactive cache than usage: working set 0
  })
  void judgesTheCgroupWorkingSetAgainstItsLimit(long usage, long inactive, Status expected) {
    MemoryReading r =
        new MemoryReading(64 * GIB, 60 * GIB, Optional.of(cgroup(10_000L, usage, inactive)));
    CheckResult result = defaults().judge(r);
    assertThat(result.status()).isEqualTo(expected);
    assertThat(result.details()).containsEntry("scope", "cgroup");
  }

  @ParameterizedTest(name = "cgroup limit {0} on a 10000-byte host -> the host counts")
  @CsvSource({
    ", ", // "max" / no limit
    "10000, ", // the limit equals the host's memory: no real limit
    "9223372036854771712, ", // v1's "unlimited", if it ever got this far
  })
  void countsTheHostWhenTheCgroupHasNoRealLimit(Long limit, String ignored) {
    // The cgroup itself is nearly full (usage 9999) but the host has room: the host counts.
    MemoryReading r = new MemoryReading(10_000, 5_000, Optional.of(cgroup(limit, 9_999, 0)));
    CheckResult result = defaults().judge(r);
    assertThat(result.status()).isEqualTo(Status.PASS);
    assertThat(result.details()).containsEntry("scope", "host").containsEntry("usedPercent", 50.0);
  }

  @ParameterizedTest(name = "severity {0}")
  @CsvSource({"WARN", "BLOCK", "CRITICAL"})
  void failureCarriesTheSeverityOfItsCheckSpec(Severity severity) {
    CheckResult r = check(90, 97, severity).judge(MemoryReading.host(100, 1));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severity()).isEqualTo(severity);
  }

  @Test
  void messageSaysTheHostCountedAndHowToFix() {
    CheckResult r = defaults().judge(MemoryReading.host(16 * GIB, 1 * GIB));
    assertThat(r.message())
        .isEqualTo(
            "memory 93.7% used (15.0 GiB of the host's 16.0 GiB): at or above warn 90%;"
                + " stop what uses memory on the host, or raise the threshold");
  }

  @Test
  void messageSaysTheCgroupLimitCounted() {
    MemoryReading r =
        new MemoryReading(64 * GIB, 60 * GIB, Optional.of(cgroup(2 * GIB, GIB + GIB / 2, GIB / 2)));
    CheckResult result = defaults().judge(r);
    assertThat(result.status()).isEqualTo(Status.PASS);
    assertThat(result.message())
        .isEqualTo("memory 50.0% used (1.0 GiB of the 2.0 GiB limit of cgroup /docker/3f2c, v2)");
    assertThat(result.details())
        .containsEntry("cgroupVersion", 2)
        .containsEntry("cgroup", "/docker/3f2c")
        .containsEntry("cgroupLimitBytes", 2 * GIB)
        .containsEntry("cgroupWorkingSetBytes", GIB)
        .containsEntry("hostTotalBytes", 64 * GIB);
  }

  @Test
  void showsPercentRoundedDownSoABelowThresholdValueNeverLooksLikeIt() {
    CheckResult r = defaults().judge(MemoryReading.host(100_000, 10_004)); // 89.996% used
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).startsWith("memory 89.9% used");
  }

  @Test
  void errorsWhenTheHostReportsNoMemory() {
    CheckResult r = defaults().judge(MemoryReading.host(0, 0));
    assertThat(r.status()).isEqualTo(Status.ERROR);
  }

  @Test
  void errorsWithTheProbesReason() {
    MemoryCheck c =
        new MemoryCheck(
            new SystemConfig.Thresholds(
                OptionalDouble.of(90),
                OptionalDouble.empty(),
                new CheckSpec(true, Severity.CRITICAL, Location.NONE)),
            new FakeHostProbe()
                .failing("/sys/fs/cgroup/memory.max holds 'x', not a number")
                .lazy());
    CheckResult r = RunOne.result(c);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo("cannot read memory usage: /sys/fs/cgroup/memory.max holds 'x', not a number");
  }
}
