package dev.releasesentinel.checks.system;

import java.util.Objects;
import java.util.Optional;

/**
 * What the probe saw of memory: the host's total and available (Linux MemAvailable), and the memory
 * cgroup of this process when there is one.
 */
record MemoryReading(long hostTotal, long hostAvailable, Optional<CgroupMemory> cgroup) {

  public MemoryReading {
    Objects.requireNonNull(cgroup, "cgroup");
  }

  public static MemoryReading host(long total, long available) {
    return new MemoryReading(total, available, Optional.empty());
  }

  /** The cgroup whose limit counts instead of the host: one with a real limit below host total. */
  public Optional<CgroupMemory> limitingCgroup() {
    return cgroup.filter(
        c ->
            c.limit().isPresent()
                && c.limit().getAsLong() > 0
                && c.limit().getAsLong() < hostTotal);
  }
}
