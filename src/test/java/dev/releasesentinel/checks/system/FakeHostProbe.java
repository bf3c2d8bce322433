package dev.releasesentinel.checks.system;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.LazyProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A host probe that answers with literal snapshots, or fails with a given reason; it records the
 * disk paths it was asked about.
 */
final class FakeHostProbe implements HostProbe {

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

  /** This probe as a family holds it: already open. */
  LazyProbe<HostProbe> lazy() {
    return LazyProbe.of(this);
  }

  public List<Path> diskPaths() {
    return List.copyOf(diskPaths);
  }

  private <T> T answer(T value, String what) throws CannotObserve {
    if (failure != null) {
      throw new CannotObserve(failure);
    }
    if (value == null) {
      throw new CannotObserve("the fake has no " + what);
    }
    return value;
  }

  @Override
  public DiskReading disk(Path path) throws CannotObserve {
    diskPaths.add(path);
    return answer(disk, "disk reading");
  }

  @Override
  public MemoryReading memory() throws CannotObserve {
    return answer(memory, "memory reading");
  }

  @Override
  public LoadReading load() throws CannotObserve {
    return answer(load, "load reading");
  }

  @Override
  public ProcessTable processes() throws CannotObserve {
    return answer(processes, "process table");
  }
}
