package dev.releasesentinel.checks.system.testing;

import dev.releasesentinel.checks.system.DiskReading;
import dev.releasesentinel.checks.system.HostProbe;
import dev.releasesentinel.checks.system.LoadReading;
import dev.releasesentinel.checks.system.MemoryReading;
import dev.releasesentinel.checks.system.ProbeException;
import dev.releasesentinel.checks.system.ProcessTable;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A host probe that answers with literal snapshots, or fails with a given reason; it records the
 * disk paths it was asked about.
 */
public final class FakeHostProbe implements HostProbe {

  private DiskReading disk;
  private MemoryReading memory;
  private LoadReading load;
  private ProcessTable processes;
  private String failure;
  private final List<Path> diskPaths = new CopyOnWriteArrayList<>();

  public FakeHostProbe disk(DiskReading reading) {
    this.disk = reading;
    return this;
  }

  public FakeHostProbe memory(MemoryReading reading) {
    this.memory = reading;
    return this;
  }

  public FakeHostProbe load(LoadReading reading) {
    this.load = reading;
    return this;
  }

  public FakeHostProbe processes(ProcessTable table) {
    this.processes = table;
    return this;
  }

  /** Every read fails with this reason. */
  public FakeHostProbe failing(String reason) {
    this.failure = reason;
    return this;
  }

  public List<Path> diskPaths() {
    return List.copyOf(diskPaths);
  }

  private <T> T answer(T value, String what) throws ProbeException {
    if (failure != null) {
      throw new ProbeException(failure);
    }
    if (value == null) {
      throw new ProbeException("the fake has no " + what);
    }
    return value;
  }

  @Override
  public DiskReading disk(Path path) throws ProbeException {
    diskPaths.add(path);
    return answer(disk, "disk reading");
  }

  @Override
  public MemoryReading memory() throws ProbeException {
    return answer(memory, "memory reading");
  }

  @Override
  public LoadReading load() throws ProbeException {
    return answer(load, "load reading");
  }

  @Override
  public ProcessTable processes() throws ProbeException {
    return answer(processes, "process table");
  }
}
