package dev.releasesentinel.checks.system;

import dev.releasesentinel.checks.CheckKind;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.checks.Planned;
import dev.releasesentinel.config.Config;
import dev.releasesentinel.config.Section;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The system family (docs/checks/system.md): disk, memory, load and processes of the host the gate
 * runs on. Building the checks reads nothing; the host probe opens when the first check runs and is
 * shared by all of them.
 */
public final class SystemFamily implements Family {

  static final CheckKind DISK =
      CheckKind.onByDefault("system.disk", "how full the filesystem holding PATH is")
          .per("PATH")
          .live();
  static final CheckKind MEMORY =
      CheckKind.onByDefault("system.memory", "how much memory is used").live();
  static final CheckKind LOAD =
      CheckKind.optIn("system.load", "the 1-minute load average per core").live();
  static final CheckKind PROCESS =
      CheckKind.optIn("system.process", "how many processes named NAME run").per("NAME").live();

  private static final SystemBinder SECTION = new SystemBinder();

  private final LazyProbe.Factory<HostProbe> factory;

  public SystemFamily() {
    this(context -> OshiHostProbe.open(context.environment()));
  }

  /** The family reading the host through the probe {@code factory} opens (tests pass fakes). */
  SystemFamily(LazyProbe.Factory<HostProbe> factory) {
    this.factory = factory;
  }

  @Override
  public Section<SystemConfig> section() {
    return SECTION;
  }

  @Override
  public List<CheckKind> kinds() {
    return List.of(DISK, MEMORY, LOAD, PROCESS);
  }

  /** The system section of a config, if it has one. */
  static Optional<SystemConfig> config(Config config) {
    return config.get(SECTION);
  }

  @Override
  public List<Planned> plan(Config config, RunContext context) {
    if (config(config).isEmpty()) {
      return List.of();
    }
    SystemConfig system = config(config).get();
    LazyProbe<HostProbe> probe = LazyProbe.of(factory, context, "the host's readings");
    List<Planned> checks = new ArrayList<>();
    for (SystemConfig.Disk disk : system.disks()) {
      if (disk.spec().enabled()) {
        checks.add(DISK.plan(new DiskCheck(disk, context.repository(), probe), disk.spec()));
      }
    }
    system
        .memory()
        .filter(t -> t.spec().enabled())
        .ifPresent(t -> checks.add(MEMORY.plan(new MemoryCheck(t, probe), t.spec())));
    system
        .load()
        .filter(t -> t.spec().enabled())
        .ifPresent(t -> checks.add(LOAD.plan(new LoadCheck(t, probe), t.spec())));
    for (SystemConfig.Process process : system.processes()) {
      if (process.spec().enabled()) {
        checks.add(PROCESS.plan(new ProcessCheck(process, probe), process.spec()));
      }
    }
    return checks;
  }
}
