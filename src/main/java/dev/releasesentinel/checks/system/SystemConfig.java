package dev.releasesentinel.checks.system;

import dev.releasesentinel.config.CheckSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** The system family (docs/checks/system.md). Percentages are 0-100; sizes are bytes. */
record SystemConfig(
    List<Disk> disks,
    Optional<Thresholds> memory,
    Optional<Thresholds> load,
    List<Process> processes) {

  /** The highest load threshold taken: a 1-minute load average per CPU (docs/config.md). */
  public static final double MAX_LOAD = 1000;

  public SystemConfig {
    disks = List.copyOf(disks);
    processes = List.copyOf(processes);
  }

  /** One filesystem to watch, by a path on it. */
  public record Disk(
      String path,
      OptionalDouble warn,
      OptionalDouble critical,
      OptionalLong minFreeWarn,
      OptionalLong minFree,
      OptionalDouble inodesWarn,
      OptionalDouble inodesCritical,
      CheckSpec spec) {}

  /** A warn and a critical level (memory in percent, load per core). */
  public record Thresholds(OptionalDouble warn, OptionalDouble critical, CheckSpec spec) {}

  /** A process that must be running: by executable name, or by a regex over the command line. */
  public record Process(
      String name, Optional<Pattern> command, int min, OptionalInt max, CheckSpec spec) {}
}
