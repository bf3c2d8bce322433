package dev.releasesentinel.checks.system;

import java.math.BigInteger;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the probe saw of the filesystem holding a path: the statvfs figures {@code df} uses.
 *
 * @param realPath the path with symlinks resolved
 * @param mountPoint where the filesystem is mounted (the longest mount-point prefix of realPath)
 * @param filesystemType e.g. ext4, xfs, overlay, tmpfs
 * @param totalBytes the filesystem's size (f_blocks)
 * @param freeBytes free space including the blocks reserved for root (f_bfree)
 * @param availableBytes free space an unprivileged user can use (f_bavail)
 * @param inodesTotal total inodes, empty when not reported (see inodesNote)
 * @param inodesFree free inodes, empty when not reported
 * @param inodesNote why the inode counts are missing; empty when they are there
 */
record DiskReading(
    String realPath,
    String mountPoint,
    String filesystemType,
    long totalBytes,
    long freeBytes,
    long availableBytes,
    OptionalLong inodesTotal,
    OptionalLong inodesFree,
    String inodesNote) {

  public DiskReading {
    Objects.requireNonNull(realPath, "realPath");
    Objects.requireNonNull(mountPoint, "mountPoint");
    filesystemType = filesystemType == null ? "" : filesystemType;
    inodesNote = inodesNote == null ? "" : inodesNote;
  }

  /** A reading with inode counts. */
  public static DiskReading of(
      String realPath,
      String mountPoint,
      String type,
      long total,
      long free,
      long available,
      long inodesTotal,
      long inodesFree) {
    return new DiskReading(
        realPath,
        mountPoint,
        type,
        total,
        free,
        available,
        OptionalLong.of(inodesTotal),
        OptionalLong.of(inodesFree),
        "");
  }

  /** Used space as df counts it: total minus free (the root reserve is neither used nor free). */
  public long usedBytes() {
    return Math.max(0, totalBytes - freeBytes);
  }

  /**
   * df's Use%: used / (used + available), rounded up to a whole percent, so the reserved blocks do
   * not count as room (GNU coreutils df.c). Empty when the filesystem reports no space at all.
   */
  public OptionalInt usedPercent() {
    return ceilPercent(usedBytes(), usedBytes() + Math.max(0, availableBytes));
  }

  /**
   * df -i's IUse%: (total - free) / total inodes, rounded up. Empty when the filesystem reports no
   * inode counts (btrfs reports 0 total; some probes cannot read them).
   */
  public OptionalInt inodesUsedPercent() {
    if (inodesTotal.isEmpty() || inodesFree.isEmpty() || inodesTotal.getAsLong() <= 0) {
      return OptionalInt.empty();
    }
    long total = inodesTotal.getAsLong();
    return ceilPercent(Math.max(0, total - inodesFree.getAsLong()), total);
  }

  /** Why inode usage cannot be judged; only meaningful when {@link #inodesUsedPercent} is empty. */
  public String inodesMissingReason() {
    if (!inodesNote.isEmpty()) {
      return inodesNote;
    }
    return "the "
        + (filesystemType.isEmpty() ? "" : filesystemType + " ")
        + "filesystem at "
        + mountPoint
        + " reports no inode counts";
  }

  static OptionalInt ceilPercent(long part, long whole) {
    if (whole <= 0) {
      return OptionalInt.empty();
    }
    BigInteger[] qr =
        BigInteger.valueOf(part)
            .multiply(BigInteger.valueOf(100))
            .divideAndRemainder(BigInteger.valueOf(whole));
    int pct = qr[0].intValueExact() + (qr[1].signum() != 0 ? 1 : 0);
    return OptionalInt.of(pct);
  }
}
