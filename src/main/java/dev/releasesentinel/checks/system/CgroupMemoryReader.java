package dev.releasesentinel.checks.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the memory cgroup this process belongs to, v1 or v2, from the files the kernel exposes. It
 * works under a root directory ("/" on a real host) so that tests can hand it a literal tree.
 *
 * <p>How it finds the cgroup: {@code /proc/self/cgroup} names it ({@code 4:memory:/docker/ab..} on
 * v1 or hybrid hosts, {@code 0::/system.slice/x.scope} on v2); {@code /proc/self/mountinfo} says
 * where that hierarchy is mounted and which part of it (a container without a cgroup namespace sees
 * its own cgroup mounted at {@code /sys/fs/cgroup/memory}, while its {@code /proc/self/cgroup}
 * still names the host's path). The limit that counts is the smallest real one on the way from the
 * cgroup up to the top of the mounted hierarchy (a limit may sit on a parent, e.g. a pod).
 */
final class CgroupMemoryReader {

  /**
   * v1 writes "no limit" as the largest long rounded down to a page (9223372036854771712 with 4 KiB
   * pages); anything this large is no limit.
   */
  static final long V1_NO_LIMIT = 1L << 62;

  private final Path root;

  CgroupMemoryReader(Path root) {
    this.root = root;
  }

  /** The process's memory cgroup; empty when there is none to read (not Linux, no controller). */
  Optional<CgroupMemory> read() throws IOException {
    Path self = root.resolve("proc/self/cgroup");
    if (!Files.isRegularFile(self)) {
      return Optional.empty();
    }
    String v1Path = null;
    String v2Path = null;
    for (String line : Files.readAllLines(self, StandardCharsets.UTF_8)) {
      int a = line.indexOf(':');
      int b = a < 0 ? -1 : line.indexOf(':', a + 1);
      if (b < 0) {
        continue;
      }
      String controllers = line.substring(a + 1, b);
      String path = line.substring(b + 1);
      if (controllers.isEmpty() && line.substring(0, a).equals("0")) {
        v2Path = path;
      } else if (List.of(controllers.split(",")).contains("memory")) {
        v1Path = path;
      }
    }
    Path mountinfo = root.resolve("proc/self/mountinfo");
    MountTable mounts =
        Files.isRegularFile(mountinfo) ? MountTable.read(mountinfo) : new MountTable(List.of());
    // A hybrid host has both lines; memory is then accounted by the v1 hierarchy.
    if (v1Path != null) {
      MountTable.Mount m =
          mounts.ofType("cgroup").stream()
              .filter(x -> x.hasOption("memory"))
              .findFirst()
              .orElse(new MountTable.Mount("/", "/sys/fs/cgroup/memory", "cgroup", "cgroup", ""));
      return read(1, m, v1Path);
    }
    if (v2Path != null) {
      MountTable.Mount m =
          mounts.ofType("cgroup2").stream()
              .findFirst()
              .orElse(new MountTable.Mount("/", "/sys/fs/cgroup", "cgroup2", "cgroup2", ""));
      return read(2, m, v2Path);
    }
    return Optional.empty();
  }

  private Optional<CgroupMemory> read(int version, MountTable.Mount mount, String cgroupPath)
      throws IOException {
    Path mountDir = under(root, mount.mountPoint());
    if (mountDir == null) {
      return Optional.empty();
    }
    String rel = cgroupPath;
    String mountRoot = mount.root();
    if (!mountRoot.equals("/")) {
      if (cgroupPath.equals(mountRoot)) {
        rel = "/";
      } else if (cgroupPath.startsWith(mountRoot + "/")) {
        rel = cgroupPath.substring(mountRoot.length());
      }
    }
    Path dir = under(mountDir, rel);
    if (dir == null || !Files.isDirectory(dir)) {
      dir = mountDir; // the hierarchy is mounted at our own cgroup
    }
    CgroupMemory leaf = null;
    CgroupMemory tightest = null;
    for (Path d = dir; d != null && d.startsWith(mountDir); d = d.getParent()) {
      Optional<CgroupMemory> level = level(version, d, logicalPath(mountRoot, mountDir, d));
      if (level.isEmpty()) {
        continue;
      }
      CgroupMemory c = level.get();
      if (leaf == null) {
        leaf = c;
      }
      if (c.limit().isPresent()
          && (tightest == null || c.limit().getAsLong() < tightest.limit().getAsLong())) {
        tightest = c;
      }
    }
    return Optional.ofNullable(tightest != null ? tightest : leaf);
  }

  /** One cgroup directory's figures; empty when it has no memory files (e.g. the v2 root). */
  private static Optional<CgroupMemory> level(int version, Path d, String path) throws IOException {
    Path limitFile = d.resolve(version == 2 ? "memory.max" : "memory.limit_in_bytes");
    if (!Files.isRegularFile(limitFile)) {
      return Optional.empty();
    }
    Path usageFile = d.resolve(version == 2 ? "memory.current" : "memory.usage_in_bytes");
    OptionalLong limit = parseLimit(limitFile);
    long usage = parseNumber(usageFile, readFirstLine(usageFile));
    long inactive = 0;
    Path stat = d.resolve("memory.stat");
    if (Files.isRegularFile(stat)) {
      List<String> lines = Files.readAllLines(stat, StandardCharsets.UTF_8);
      OptionalLong v =
          version == 2
              ? statValue(stat, lines, "inactive_file")
              : statValue(stat, lines, "total_inactive_file");
      if (v.isEmpty() && version == 1) {
        v = statValue(stat, lines, "inactive_file");
      }
      inactive = v.orElse(0);
    }
    return Optional.of(new CgroupMemory(version, path, limit, usage, inactive));
  }

  private static OptionalLong parseLimit(Path file) throws IOException {
    String text = readFirstLine(file);
    if (text.equals("max")) {
      return OptionalLong.empty();
    }
    long v = parseNumber(file, text);
    return v >= V1_NO_LIMIT ? OptionalLong.empty() : OptionalLong.of(v);
  }

  private static OptionalLong statValue(Path file, List<String> lines, String key)
      throws IOException {
    for (String line : lines) {
      if (line.startsWith(key + " ")) {
        return OptionalLong.of(parseNumber(file, line.substring(key.length() + 1).trim()));
      }
    }
    return OptionalLong.empty();
  }

  private static String readFirstLine(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is missing");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.isEmpty() ? "" : lines.get(0).trim();
  }

  private static long parseNumber(Path file, String text) throws IOException {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IOException(file + " holds '" + text + "', not a number of bytes", e);
    }
  }

  /** {@code base} joined with an absolute path, or null if the result would leave {@code base}. */
  private static Path under(Path base, String absolute) {
    Path p = base.resolve(absolute.replaceFirst("^/+", "")).normalize();
    return p.startsWith(base) ? p : null;
  }

  /** The cgroup's own name for directory {@code d}, e.g. {@code /docker/3f2c}. */
  private static String logicalPath(String mountRoot, Path mountDir, Path d) {
    String rel = mountDir.relativize(d).toString();
    String base = mountRoot.equals("/") ? "" : mountRoot;
    String p = rel.isEmpty() ? base : base + "/" + rel;
    return p.isEmpty() ? "/" : p;
  }
}
