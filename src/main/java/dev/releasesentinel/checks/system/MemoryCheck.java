package dev.releasesentinel.checks.system;

import dev.releasesentinel.config.Units;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.LazyProbe;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code system.memory}: used = total - available (docs/checks/system.md). Inside a cgroup with a
 * real memory limit, the limit and the cgroup's working set count instead of the host's figures:
 * that is what the OOM killer enforces.
 */
final class MemoryCheck extends ThresholdCheck<MemoryReading> {

  MemoryCheck(SystemConfig.Thresholds config, LazyProbe<HostProbe> probe) {
    super(
        SystemFamily.MEMORY,
        "memory usage (the container's cgroup limit where there is one)",
        "memory usage",
        config,
        probe);
  }

  @Override
  MemoryReading read(HostProbe probe) throws CannotObserve {
    return probe.memory();
  }

  @Override
  CheckResult judge(MemoryReading r) {
    Map<String, Object> details = new LinkedHashMap<>();
    Optional<CgroupMemory> limiting = r.limitingCgroup();
    long total;
    long used;
    String scope;
    if (limiting.isPresent()) {
      CgroupMemory c = limiting.get();
      total = c.limit().getAsLong();
      used = Math.min(c.workingSet(), total);
      scope =
          "of the "
              + Units.formatSize(total)
              + " limit of cgroup "
              + c.path()
              + ", v"
              + c.version();
      details.put("scope", "cgroup");
    } else {
      if (r.hostTotal() <= 0) {
        return CheckResult.error(
            this, "the host reports no total memory; cannot compute memory usage");
      }
      total = r.hostTotal();
      used = Math.max(0, Math.min(total, total - r.hostAvailable()));
      scope = "of the host's " + Units.formatSize(total);
      details.put("scope", "host");
    }
    double pct = used * 100.0 / total;
    details.put("totalBytes", total);
    details.put("usedBytes", used);
    details.put("availableBytes", total - used);
    details.put("usedPercent", Double.valueOf(Level.down(pct, 1)));
    details.put("hostTotalBytes", r.hostTotal());
    details.put("hostAvailableBytes", r.hostAvailable());
    r.cgroup()
        .ifPresent(
            c -> {
              details.put("cgroupVersion", c.version());
              details.put("cgroup", c.path());
              details.put(
                  "cgroupLimitBytes",
                  c.limit().isPresent() ? (Object) c.limit().getAsLong() : "none");
              details.put("cgroupUsageBytes", c.usage());
              details.put("cgroupWorkingSetBytes", c.workingSet());
            });

    String facts =
        "memory " + Level.down(pct, 1) + "% used (" + Units.formatSize(used) + " " + scope + ")";
    return verdict(pct, facts, "%", fix(limiting.isPresent()), details);
  }

  private static String fix(boolean cgroup) {
    return cgroup
        ? "stop what uses memory in the container, raise its memory limit, or raise the threshold"
        : "stop what uses memory on the host, or raise the threshold";
  }
}
