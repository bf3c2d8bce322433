package dev.releasesentinel.checks.system;

import dev.releasesentinel.checks.Family;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.SystemConfig;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The system family (spec section 3.3): disk, memory, load and processes of the host the gate runs
 * on. Building the checks reads nothing; the host probe opens when the first check runs and is
 * shared by all of them.
 */
public final class SystemFamily implements Family {

  private final LazyProbe.Factory<HostProbe> factory;

  public SystemFamily() {
    this(context -> OshiHostProbe.open(context.environment()));
  }

  /** The family reading the host through the probe {@code factory} opens (tests pass fakes). */
  SystemFamily(LazyProbe.Factory<HostProbe> factory) {
    this.factory = factory;
  }

  @Override
  public String name() {
    return "system";
  }

  @Override
  public List<Check> checks(Config config, RunContext context) {
    if (config.system().isEmpty()) {
      return List.of();
    }
    SystemConfig system = config.system().get();
    LazyProbe<HostProbe> probe = LazyProbe.of(factory, context);
    List<Check> checks = new ArrayList<>();
    for (SystemConfig.Disk disk : system.disks()) {
      if (disk.spec().enabled()) {
        checks.add(new DiskCheck(disk, context.repository(), probe));
      }
    }
    system
        .memory()
        .filter(t -> t.spec().enabled())
        .ifPresent(t -> checks.add(new MemoryCheck(t, probe)));
    system
        .load()
        .filter(t -> t.spec().enabled())
        .ifPresent(t -> checks.add(new LoadCheck(t, probe)));
    for (SystemConfig.Process process : system.processes()) {
      if (process.spec().enabled()) {
        checks.add(new ProcessCheck(process, probe));
      }
    }
    return checks;
  }
}
