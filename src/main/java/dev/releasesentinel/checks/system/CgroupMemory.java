package dev.releasesentinel.checks.system;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The memory accounting of one cgroup (v1 or v2).
 *
 * @param version 1 or 2
 * @param path the cgroup, e.g. {@code /docker/3f2c...} or {@code /}
 * @param limit the memory limit in bytes; empty when there is none ("max", or v1's huge sentinel)
 * @param usage memory.current (v2) or memory.usage_in_bytes (v1), page cache included
 * @param inactiveFile page cache the kernel reclaims first (memory.stat inactive_file, or
 *     total_inactive_file on v1)
 */
record CgroupMemory(int version, String path, OptionalLong limit, long usage, long inactiveFile) {

  public CgroupMemory {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(limit, "limit");
  }

  /**
   * The working set: usage minus inactive page cache. This is what docker stats and the kubelet
   * report, and what the OOM killer looks at before reclaiming cache.
   */
  public long workingSet() {
    return Math.max(0, usage - Math.max(0, inactiveFile));
  }
}
