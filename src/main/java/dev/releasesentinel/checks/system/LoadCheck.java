package dev.releasesentinel.checks.system;

import dev.releasesentinel.config.SystemConfig;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code system.load}: the 1-minute load average divided by the logical CPU count. */
final class LoadCheck implements Check {

  private final SystemConfig.Thresholds config;
  private final HostProbe probe;

  LoadCheck(SystemConfig.Thresholds config, HostProbe probe) {
    this.config = config;
    this.probe = probe;
  }

  @Override
  public CheckId id() {
    return CheckId.of("system", "load");
  }

  @Override
  public Severity severity() {
    return config.spec().severity();
  }

  @Override
  public String description() {
    return "1-minute load average per logical CPU";
  }

  @Override
  public CheckResult run(CheckContext context) {
    context.activity("reading the load average");
    try {
      return judge(probe.load());
    } catch (ProbeException e) {
      return CheckResult.error(this, "cannot read the load average: " + e.getMessage());
    }
  }

  /** The verdict on one reading; a pure function of it and the config. */
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
    return switch (Level.of(perCore, config.warn(), config.critical())) {
      case OK -> CheckResult.pass(this, facts).withDetails(details);
      case WARN ->
          CheckResult.warn(
                  this,
                  facts
                      + ": at or above warn "
                      + Level.plain(config.warn().getAsDouble())
                      + "; "
                      + fix)
              .withDetails(details);
      case CRITICAL ->
          CheckResult.fail(
                  this,
                  facts
                      + ": at or above critical "
                      + Level.plain(config.critical().getAsDouble())
                      + "; "
                      + fix)
              .withDetails(details);
    };
  }
}
