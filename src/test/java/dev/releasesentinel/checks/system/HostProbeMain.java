package dev.releasesentinel.checks.system;

import dev.releasesentinel.engine.Environment;
import java.nio.file.Path;

/**
 * Opens the real probe in a fresh JVM and prints what it saw, for tests that need a JVM with a
 * given user.home or jna.tmpdir (JNA reads them once per process).
 */
public final class HostProbeMain {

  private HostProbeMain() {}

  public static void main(String[] args) throws Exception {
    OshiHostProbe probe = OshiHostProbe.open(Environment.system());
    DiskReading disk = probe.disk(Path.of("/"));
    LoadReading load = probe.load();
    System.out.println(
        "native="
            + (probe.nativeProblem().isEmpty() ? "yes" : "no")
            + " mount="
            + disk.mountPoint()
            + " inodes="
            + disk.inodesTotal().isPresent()
            + " cpus="
            + load.logicalCpus()
            + " memory="
            + (probe.memory().hostTotal() > 0));
  }
}
