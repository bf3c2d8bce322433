package dev.releasesentinel.checks.system;

import dev.releasesentinel.engine.RunContext;
import java.nio.file.Path;

/**
 * The one probe shared by a run's system checks, opened when the first of them runs (OSHI costs
 * start-up time, so {@code list} and runs without system checks never pay it). A probe that cannot
 * be opened fails every check that asks, with the same reason.
 */
final class LazyHostProbe implements HostProbe {

  private final RunContext context;
  private final HostProbeFactory factory;
  private HostProbe probe;
  private ProbeException failure;

  LazyHostProbe(RunContext context, HostProbeFactory factory) {
    this.context = context;
    this.factory = factory;
  }

  private synchronized HostProbe get() throws ProbeException {
    if (probe == null && failure == null) {
      try {
        probe = factory.open(context);
      } catch (ProbeException e) {
        failure = e;
      } catch (RuntimeException | LinkageError e) {
        failure = new ProbeException("cannot read this host: " + e, e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return probe;
  }

  @Override
  public DiskReading disk(Path path) throws ProbeException {
    return get().disk(path);
  }

  @Override
  public MemoryReading memory() throws ProbeException {
    return get().memory();
  }

  @Override
  public LoadReading load() throws ProbeException {
    return get().load();
  }

  @Override
  public ProcessTable processes() throws ProbeException {
    return get().processes();
  }
}
