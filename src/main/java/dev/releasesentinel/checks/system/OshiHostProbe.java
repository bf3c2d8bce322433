package dev.releasesentinel.checks.system;

import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Environment;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.software.os.OSFileStore;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;
import oshi.spi.SystemInfoProvider;

/**
 * The host probe, read through OSHI. OSHI's JNA implementation is used where it loads; where JNA
 * cannot load its native library (no writable cache or temp directory, native access denied) it
 * falls back to OSHI's native-free Linux implementation, which reads /proc and /sys only and lacks
 * inode counts. One instance serves one run: the file-store list and the process table are read
 * once and shared by the run's checks.
 */
final class OshiHostProbe implements HostProbe {

  /** JNA reports problems through java.util.logging on stderr; the checks report them instead. */
  private static final Logger JNA_LOG = Logger.getLogger("com.sun.jna");

  private final OperatingSystem os;
  private final HardwareAbstractionLayer hardware;
  private final Optional<String> nativeProblem;
  private final Path root;
  private final Object fileStoresLock = new Object();
  private final Object processesLock = new Object();
  private List<OSFileStore> fileStores;
  private ProcessTable processTable;

  OshiHostProbe(
      OperatingSystem os,
      HardwareAbstractionLayer hardware,
      Optional<String> nativeProblem,
      Path root) {
    this.os = os;
    this.hardware = hardware;
    this.nativeProblem = nativeProblem;
    this.root = root;
  }

  /**
   * The probe for this host. Whatever else goes wrong loading OSHI is told the same way to every
   * system check: "cannot read this host: " and the error.
   */
  static OshiHostProbe open(Environment env) throws CannotObserve {
    try {
      JnaTempDir.apply(env);
      return open(oshi.SystemInfo::new, oshi.nativefree.SystemInfo::new, Path.of("/"));
    } catch (RuntimeException | LinkageError e) {
      throw new CannotObserve("cannot read this host: " + e, e);
    }
  }

  /**
   * The probe from {@code primary} (OSHI with JNA), or from {@code fallback} (native-free) when the
   * primary cannot load its native code.
   */
  static OshiHostProbe open(
      Supplier<? extends SystemInfoProvider> primary,
      Supplier<? extends SystemInfoProvider> fallback,
      Path root)
      throws CannotObserve {
    JNA_LOG.setLevel(Level.OFF);
    LinkageError failure;
    try {
      SystemInfoProvider p = primary.get();
      // Creating the operating system is what loads JNA's native library on Linux.
      return new OshiHostProbe(p.getOperatingSystem(), p.getHardware(), Optional.empty(), root);
    } catch (LinkageError e) {
      failure = e;
    }
    String reason = describe(failure);
    SystemInfoProvider nf;
    try {
      nf = fallback.get();
    } catch (LinkageError | RuntimeException e) {
      throw cannotLoad(reason);
    }
    if (!nf.isAvailable()) {
      throw cannotLoad(reason);
    }
    return new OshiHostProbe(nf.getOperatingSystem(), nf.getHardware(), Optional.of(reason), root);
  }

  private static CannotObserve cannotLoad(String reason) {
    return new CannotObserve(
        "the native library that reads host facts (JNA, used by OSHI) did not load: "
            + reason
            + "; give the gate a writable HOME, or pass -Djna.tmpdir=DIR naming a writable"
            + " directory that allows executables");
  }

  /** The error and its causes: an ExceptionInInitializerError alone says nothing. */
  static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (int depth = 0; t != null && depth < 4; t = t.getCause(), depth++) {
      if (depth > 0) {
        sb.append(" <- ");
      }
      String msg = t.getMessage();
      sb.append(t.getClass().getSimpleName());
      if (msg != null && !msg.isBlank()) {
        sb.append(": ").append(msg);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return sb.toString();
  }

  /** Why native access is unavailable, when this probe runs native-free. */
  Optional<String> nativeProblem() {
    return nativeProblem;
  }

  @Override
  public DiskReading disk(Path path) throws CannotObserve {
    Path real;
    try {
      real = path.toRealPath();
    } catch (NoSuchFileException e) {
      throw new CannotObserve(
          path + " does not exist; create it, or fix the path in system.disk", e);
    } catch (IOException | SecurityException e) {
      throw new CannotObserve("cannot resolve " + path + ": " + describe(e), e);
    }
    Optional<MountTable.Mount> mount = kernelMounts().flatMap(t -> t.holding(real));
    List<OSFileStore> stores = fileStores();
    OSFileStore store = null;
    if (mount.isPresent()) {
      for (OSFileStore s : stores) {
        if (s.getMount().equals(mount.get().mountPoint())) {
          store = s; // the last of stacked mounts is the visible one
        }
      }
    } else {
      int depth = -1;
      for (OSFileStore s : stores) {
        Path point = Path.of(s.getMount());
        if (point.isAbsolute() && real.startsWith(point) && point.getNameCount() >= depth) {
          store = s;
          depth = point.getNameCount();
        }
      }
    }
    String type = mount.map(MountTable.Mount::type).orElse(store == null ? "" : store.getType());
    if (store != null && store.getTotalSpace() > 0) {
      boolean inodes = store.getTotalInodes() > 0;
      String note =
          inodes || nativeProblem.isEmpty()
              ? ""
              : "inode counts need native access, which is unavailable ("
                  + nativeProblem.get()
                  + ")";
      return new DiskReading(
          real.toString(),
          store.getMount(),
          type,
          store.getTotalSpace(),
          store.getFreeSpace(),
          store.getUsableSpace(),
          inodes ? OptionalLong.of(store.getTotalInodes()) : OptionalLong.empty(),
          inodes ? OptionalLong.of(store.getFreeInodes()) : OptionalLong.empty(),
          note);
    }
    // OSHI leaves out /run, /dev, /sys, /proc and pseudo filesystems: read the path directly (the
    // same statvfs figures, without inode counts) rather than fall back to a parent mount.
    try {
      FileStore fs = Files.getFileStore(real);
      String point = mount.map(MountTable.Mount::mountPoint).orElse(real.toString());
      return new DiskReading(
          real.toString(),
          point,
          type.isEmpty() ? fs.type() : type,
          fs.getTotalSpace(),
          fs.getUnallocatedSpace(),
          fs.getUsableSpace(),
          OptionalLong.empty(),
          OptionalLong.empty(),
          "inode counts are not read for " + point + " (OSHI does not list this mount)");
    } catch (IOException | SecurityException e) {
      throw new CannotObserve("cannot read the filesystem of " + real + ": " + describe(e), e);
    }
  }

  private Optional<MountTable> kernelMounts() throws CannotObserve {
    Path mountinfo = root.resolve("proc/self/mountinfo");
    if (!Files.isRegularFile(mountinfo)) {
      return Optional.empty(); // not Linux: OSHI's own list decides
    }
    try {
      return Optional.of(MountTable.read(mountinfo));
    } catch (IOException e) {
      throw new CannotObserve("cannot read the mount table " + mountinfo + ": " + describe(e), e);
    }
  }

  private List<OSFileStore> fileStores() throws CannotObserve {
    synchronized (fileStoresLock) {
      if (fileStores == null) {
        try {
          fileStores = List.copyOf(os.getFileSystem().getFileStores());
        } catch (RuntimeException | LinkageError e) {
          throw new CannotObserve("cannot list file systems: " + describe(e), e);
        }
      }
      return fileStores;
    }
  }

  @Override
  public MemoryReading memory() throws CannotObserve {
    long total;
    long available;
    try {
      GlobalMemory m = hardware.getMemory();
      total = m.getTotal();
      available = m.getAvailable();
    } catch (RuntimeException | LinkageError e) {
      throw new CannotObserve("cannot read the host's memory: " + describe(e), e);
    }
    try {
      return new MemoryReading(total, available, new CgroupMemoryReader(root).read());
    } catch (IOException | RuntimeException e) {
      throw new CannotObserve("cannot read this process's memory cgroup: " + describe(e), e);
    }
  }

  @Override
  public LoadReading load() throws CannotObserve {
    try {
      CentralProcessor cpu = hardware.getProcessor();
      double[] load = cpu.getSystemLoadAverage(1);
      return new LoadReading(load.length > 0 ? load[0] : -1, cpu.getLogicalProcessorCount());
    } catch (RuntimeException | LinkageError e) {
      throw new CannotObserve("cannot read the load average: " + describe(e), e);
    }
  }

  @Override
  public ProcessTable processes() throws CannotObserve {
    synchronized (processesLock) {
      if (processTable == null) {
        processTable = readProcesses();
      }
      return processTable;
    }
  }

  private ProcessTable readProcesses() throws CannotObserve {
    List<ProcessTable.Entry> entries = new ArrayList<>();
    try {
      for (OSProcess p : os.getProcesses()) {
        OSProcess.State state = p.getState();
        if (state == OSProcess.State.ZOMBIE || state == OSProcess.State.INVALID) {
          continue; // exited, or gone while we looked: not running
        }
        List<String> args = p.getArguments();
        entries.add(
            new ProcessTable.Entry(
                p.getProcessID(),
                p.getName(),
                p.getPath(),
                args.isEmpty() ? "" : args.get(0),
                String.join(" ", args)));
      }
    } catch (RuntimeException | LinkageError e) {
      throw new CannotObserve("cannot list processes: " + describe(e), e);
    }
    return new ProcessTable(ProcessHandle.current().pid(), entries);
  }
}
