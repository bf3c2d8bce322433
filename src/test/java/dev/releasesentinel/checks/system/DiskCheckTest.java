package dev.releasesentinel.checks.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.checks.system.testing.QuietContext;
import dev.releasesentinel.config.CheckSpec;
import dev.releasesentinel.config.Location;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import dev.releasesentinel.engine.Status;
import dev.releasesentinel.testing.RunOne;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiskCheckTest {

  static final long GIB = 1L << 30;

  static SystemConfig.Disk disk(
      String path,
      Double warn,
      Double critical,
      Long minFreeWarn,
      Long minFree,
      Double inodesWarn,
      Double inodesCritical,
      Severity severity) {
    return new SystemConfig.Disk(
        path,
        opt(warn),
        opt(critical),
        optLong(minFreeWarn),
        optLong(minFree),
        opt(inodesWarn),
        opt(inodesCritical),
        new CheckSpec(true, severity, new Location("x.yml", 3, 7)));
  }

  static SystemConfig.Disk percent(double warn, double critical) {
    return disk("/", warn, critical, null, null, null, null, Severity.CRITICAL);
  }

  static OptionalDouble opt(Double d) {
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  static OptionalLong optLong(Long l) {
    return l == null ? OptionalLong.empty() : OptionalLong.of(l);
  }

  static DiskCheck check(SystemConfig.Disk config) {
    return new DiskCheck(config, Path.of("/work/repo"), new FakeHostProbe().lazy());
  }

  /** A filesystem of {@code total} bytes with {@code free} free, of which {@code avail} usable. */
  static DiskReading reading(long total, long free, long avail) {
    return DiskReading.of("/", "/", "ext4", total, free, avail, 1000, 900);
  }

  // df's Use% rounds up: 79.1% used prints (and judges) as 80%.
  @ParameterizedTest(name = "{0} of 1000 bytes used -> {1}% -> {2}")
  @CsvSource({
    "790, 79, PASS",
    "791, 80, WARN",
    "800, 80, WARN",
    "801, 81, WARN",
    "940, 94, WARN",
    "941, 95, FAIL",
    "950, 95, FAIL",
    "951, 96, FAIL",
    "1000, 100, FAIL",
  })
  void judgesUsagePercentAgainstWarnAndCriticalReachingTheLevelTripsIt(
      long used, int percent, Status expected) {
    CheckResult r = check(percent(80, 95)).judge(reading(1000, 1000 - used, 1000 - used));
    assertThat(r.details().get("usedPercent")).isEqualTo(percent);
    assertThat(r.status()).isEqualTo(expected);
  }

  // Blocks reserved for root are neither used nor room: Use% = used / (used + available).
  @ParameterizedTest(name = "total 1000, free {0}, available {1} -> {2}% -> {3}")
  @CsvSource({
    "250, 200, 79, PASS", // 750 / 950 = 78.9%; used/total would say 75%
    "240, 190, 80, WARN", // 760 / 950 = 80.0%; used/total would say 76% and pass
    "60, 10, 99, FAIL", // 940 / 950 = 98.9%
    "50, 0, 100, FAIL", // nothing left for users while root still has 50
  })
  void countsUsageAsDfDoesWithRootReservedBlocks(
      long free, long avail, int percent, Status expected) {
    CheckResult r = check(percent(80, 95)).judge(reading(1000, free, avail));
    assertThat(r.details().get("usedPercent")).isEqualTo(percent);
    assertThat(r.status()).isEqualTo(expected);
  }

  // Floors trip only below: min-free: 5GiB is satisfied by exactly 5 GiB available.
  @ParameterizedTest(name = "{0} bytes available -> {1}")
  @CsvSource({
    "10737418241, PASS", // 10 GiB + 1
    "10737418240, PASS", // exactly min-free-warn
    "10737418239, WARN", // one byte below min-free-warn
    "5368709120, WARN", // exactly min-free
    "5368709119, FAIL", // one byte below min-free
    "0, FAIL",
  })
  void judgesAvailableBytesAgainstMinFreeAndMinFreeWarn(long avail, Status expected) {
    SystemConfig.Disk config =
        disk("/data", null, null, 10 * GIB, 5 * GIB, null, null, Severity.CRITICAL);
    CheckResult r = check(config).judge(reading(1000 * GIB, avail, avail));
    assertThat(r.status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} of 1000 inodes used -> {1}")
  @CsvSource({
    "790, PASS",
    "800, WARN",
    "801, WARN",
    "890, WARN",
    "899, FAIL", // 89.9% rounds up to 90%, like df -i
    "900, FAIL",
    "901, FAIL",
  })
  void judgesInodeUsageAgainstInodesWarnAndCritical(long usedInodes, Status expected) {
    SystemConfig.Disk config = disk("/", null, null, null, null, 80.0, 90.0, Severity.CRITICAL);
    DiskReading r = DiskReading.of("/", "/", "ext4", 1000, 900, 900, 1000, 1000 - usedInodes);
    assertThat(check(config).judge(r).status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "severity {0}")
  @CsvSource({"WARN", "BLOCK", "CRITICAL"})
  void failureCarriesTheSeverityOfItsCheckSpec(Severity severity) {
    SystemConfig.Disk config = disk("/", 80.0, 95.0, null, null, null, null, severity);
    CheckResult r = check(config).judge(reading(1000, 10, 10));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severity()).isEqualTo(severity);
  }

  @Test
  void warnsWithWhatWhereAndHowToFix() {
    CheckResult r = check(percent(80, 95)).judge(reading(100 * GIB, 9 * GIB, 9 * GIB));
    assertThat(r.status()).isEqualTo(Status.WARN);
    assertThat(r.message())
        .isEqualTo(
            "/ is 91% full (9.0 GiB free of 100.0 GiB): at or above warn 80%; free space or raise"
                + " the threshold");
  }

  @Test
  void passNamesThePathItsResolvedFormAndTheMountPoint() {
    SystemConfig.Disk config = disk(".", 85.0, 95.0, null, null, null, null, Severity.CRITICAL);
    DiskReading r =
        DiskReading.of("/work/repo", "/", "overlay", 100 * GIB, 50 * GIB, 40 * GIB, 10, 5);
    CheckResult result = check(config).judge(r);
    assertThat(result.status()).isEqualTo(Status.PASS);
    assertThat(result.message())
        .isEqualTo(". (/work/repo, on /) is 56% full (40.0 GiB free of 100.0 GiB)");
  }

  @Test
  void failListsEveryTrippedLevelCriticalFirst() {
    SystemConfig.Disk config = disk("/", 99.5, null, null, 5 * GIB, 50.0, null, Severity.CRITICAL);
    DiskReading r = DiskReading.of("/", "/", "ext4", 100 * GIB, 4 * GIB, 4 * GIB, 1000, 100);
    CheckResult result = check(config).judge(r);
    assertThat(result.status()).isEqualTo(Status.FAIL);
    assertThat(result.message())
        .isEqualTo(
            "/ is 96% full (4.0 GiB free of 100.0 GiB): below min-free 5 GiB, inodes 90% used"
                + " (at or above inodes-warn 50%); free space and delete small files (caches,"
                + " sessions), or raise the thresholds");
  }

  @Test
  void aMinFreeWrittenInSiUnitsIsShownSoAndTheFreeSpaceBesideIt() {
    long tb = 1_000_000_000_000L; // min-free: 1TB
    SystemConfig.Disk config = disk("/", null, null, null, tb, null, null, Severity.CRITICAL);
    DiskReading r =
        DiskReading.of("/", "/", "ext4", 2 * tb, 931_300_000_000L, 931_300_000_000L, 1000, 100);
    assertThat(check(config).judge(r).message())
        .startsWith("/ is 54% full (931.3 GB free of 2.0 TB): below min-free 1 TB;");
  }

  @Test
  void detailsCarryMountTypeBytesPercentAndInodes() {
    CheckResult r =
        check(percent(80, 95))
            .judge(DiskReading.of("/srv/x", "/srv", "xfs", 1000, 400, 300, 2000, 1500));
    assertThat(r.details())
        .containsEntry("path", "/srv/x")
        .containsEntry("mountPoint", "/srv")
        .containsEntry("filesystemType", "xfs")
        .containsEntry("totalBytes", 1000L)
        .containsEntry("freeBytes", 400L)
        .containsEntry("availableBytes", 300L)
        .containsEntry("usedBytes", 600L)
        .containsEntry("usedPercent", 67)
        .containsEntry("inodesTotal", 2000L)
        .containsEntry("inodesFree", 1500L)
        .containsEntry("inodesUsedPercent", 25);
  }

  @Test
  void errorsWhenInodeThresholdsAreSetButTheFilesystemReportsNoInodes() {
    SystemConfig.Disk config = disk("/", null, null, null, null, 80.0, null, Severity.BLOCK);
    DiskReading btrfs = DiskReading.of("/", "/", "btrfs", 1000, 500, 500, 0, 0);
    CheckResult r = check(config).judge(btrfs);
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.severity()).isEqualTo(Severity.BLOCK);
    assertThat(r.message())
        .isEqualTo(
            "cannot judge inode usage of /: the btrfs filesystem at / reports no inode counts;"
                + " remove inodes-warn / inodes-critical for this path");
  }

  @Test
  void errorsInsteadOfPassingWhenTheFilesystemReportsNoSize() {
    CheckResult r =
        check(disk("/proc", 80.0, 95.0, null, null, null, null, Severity.CRITICAL))
            .judge(DiskReading.of("/proc", "/proc", "proc", 0, 0, 0, 0, 0));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.message())
        .isEqualTo("/proc reports no size (proc): point system.disk at a path on a real disk");
  }

  @Test
  void resolvesARelativePathAgainstTheRepository() throws Exception {
    FakeHostProbe probe = new FakeHostProbe().disk(reading(1000, 900, 900));
    SystemConfig.Disk config =
        disk("build/../out", 80.0, null, null, null, null, null, Severity.CRITICAL);
    new DiskCheck(config, Path.of("/work/repo"), probe.lazy()).run(new QuietContext());
    assertThat(probe.diskPaths()).containsExactly(Path.of("/work/repo/out"));
  }

  @Test
  void errorsWithTheProbesReasonWhenTheDiskCannotBeRead() {
    FakeHostProbe probe = new FakeHostProbe().failing("/nope does not exist; create it");
    SystemConfig.Disk config = disk("/nope", 80.0, 95.0, null, null, null, null, Severity.CRITICAL);
    CheckResult r = RunOne.result(new DiskCheck(config, Path.of("/work/repo"), probe.lazy()));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(r.message())
        .isEqualTo("cannot read disk usage of /nope: /nope does not exist; create it");
  }

  @Test
  void idNamesThePathAsConfigured() {
    assertThat(check(disk(".", 80.0, null, null, null, null, null, Severity.CRITICAL)).id().value())
        .isEqualTo("system.disk:.");
  }
}
