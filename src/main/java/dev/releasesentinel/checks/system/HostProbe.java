package dev.releasesentinel.checks.system;

import dev.releasesentinel.engine.CannotObserve;
import java.nio.file.Path;

/**
 * The seam to the machine the gate runs on: what the system checks read. Each method returns a
 * snapshot record that the checks judge; anything that cannot be read is a {@link CannotObserve}
 * carrying the reason, which the run reports as that check's ERROR (never PASS).
 */
interface HostProbe {

  /** Space and inodes of the filesystem holding {@code path} (absolute; symlinks are resolved). */
  DiskReading disk(Path path) throws CannotObserve;

  /** The host's memory, and the memory cgroup this process runs in, if any. */
  MemoryReading memory() throws CannotObserve;

  /** The 1-minute load average and the number of logical CPUs. */
  LoadReading load() throws CannotObserve;

  /** The processes this process can see. */
  ProcessTable processes() throws CannotObserve;
}
