package dev.releasesentinel.checks.system;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.LazyProbe;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code system.load}: the 1-minute load average divided by the logical CPU count. */
final class LoadCheck extends ThresholdCheck<LoadReading> {

  LoadCheck(SystemConfig.Thresholds config, LazyProbe<HostProbe> probe) {
    super(
        SystemFamily.LOAD,
        "1-minute load average per logical CPU",
        "the load average",
        config,
        probe);
  }

  @Override
  LoadReading read(HostProbe probe) throws CannotObserve {
    return probe.load();
  }

  @Override
  CheckResult judge(LoadReading r) {
    if (Double.isNaN(r.load1()) || r.load1() < 0) {
      return CheckResult.error(
          this,
          "the 1-minute load average is not available on this system (Windows has none): remove"
              + " system.load from the config for this host");
    }
    if (r.logicalCpus() <= 0) {
      return CheckResult.error(
          this, "the number of logical CPUs is not available; cannot compute load per core");
    }
    double perCore = r.load1() / r.logicalCpus();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("load1", r.load1());
    details.put("logicalCpus", r.logicalCpus());
    details.put("perCore", Double.valueOf(Level.down(perCore, 2)));
    String facts =
        "load "
            + Level.down(r.load1(), 2)
            + " on "
            + r.logicalCpus()
            + (r.logicalCpus() == 1 ? " CPU" : " CPUs")
            + " = "
            + Level.down(perCore, 2)
            + " per core";
    String fix = "wait for the host to quiet down, move work off it, or raise the threshold";
    return verdict(perCore, facts, "", fix, details);
  }
}
