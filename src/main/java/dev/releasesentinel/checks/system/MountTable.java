package dev.releasesentinel.checks.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kernel's mount table as {@code /proc/self/mountinfo} lists it (proc(5)): every mount, in the
 * order they were made, so that of two mounts on the same point the later one is the visible one.
 */
record MountTable(List<Mount> mounts) {

  MountTable {
    mounts = List.copyOf(mounts);
  }

  /**
   * One mount.
   *
   * @param root the directory of the filesystem that is mounted here ("/" unless a bind mount)
   * @param mountPoint where it is mounted, as seen by this process
   * @param type the filesystem type, e.g. ext4, overlay, cgroup2
   * @param source the device or source, e.g. /dev/sda1, overlay, tmpfs
   * @param superOptions per-superblock options; for cgroup v1 they name the controllers
   */
  record Mount(String root, String mountPoint, String type, String source, String superOptions) {

    /** Whether a comma-separated super option equals {@code option}. */
    boolean hasOption(String option) {
      for (String o : superOptions.split(",")) {
        if (o.equals(option)) {
          return true;
        }
      }
      return false;
    }
  }

  static MountTable read(Path mountinfo) throws IOException {
    return parse(Files.readAllLines(mountinfo, StandardCharsets.UTF_8));
  }

  /**
   * Parses mountinfo lines: {@code 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root
   * rw,errors=continue}; the optional fields end at the lone "-". Lines that do not parse are
   * skipped.
   */
  static MountTable parse(List<String> lines) {
    List<Mount> mounts = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.trim().split(" ");
      int dash = -1;
      for (int i = 6; i < f.length; i++) {
        if (f[i].equals("-")) {
          dash = i;
          break;
        }
      }
      if (f.length < 7 || dash < 0 || dash + 2 >= f.length) {
        continue;
      }
      mounts.add(
          new Mount(
              unescape(f[3]),
              unescape(f[4]),
              f[dash + 1],
              unescape(f[dash + 2]),
              dash + 3 < f.length ? f[dash + 3] : ""));
    }
    return new MountTable(mounts);
  }

  /**
   * The mount holding {@code path} (absolute, symlinks already resolved): the longest mount point
   * that is a whole-segment prefix of it ({@code /var/lib/docker} does not hold {@code
   * /var/lib/docker2}); of mounts on the same point, the last one made.
   */
  Optional<Mount> holding(Path path) {
    Mount best = null;
    int bestDepth = -1;
    for (Mount m : mounts) {
      Path point = Path.of(m.mountPoint());
      if (!point.isAbsolute() || !path.startsWith(point)) {
        continue;
      }
      int depth = point.getNameCount();
      if (depth >= bestDepth) {
        best = m;
        bestDepth = depth;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Mounts of the given filesystem type, in table order. */
  List<Mount> ofType(String type) {
    return mounts.stream().filter(m -> m.type().equals(type)).toList();
  }

  /** The kernel writes space, tab, newline and backslash in paths as octal escapes (\040 ...). */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\'
          && i + 3 < s.length()
          && isOctal(s.charAt(i + 1))
          && isOctal(s.charAt(i + 2))
          && isOctal(s.charAt(i + 3))) {
        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }
}
