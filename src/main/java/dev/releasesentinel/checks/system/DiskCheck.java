package dev.releasesentinel.checks.system;

import dev.releasesentinel.config.Units;
import dev.releasesentinel.engine.CannotObserve;
import dev.releasesentinel.engine.Check;
import dev.releasesentinel.engine.CheckContext;
import dev.releasesentinel.engine.CheckId;
import dev.releasesentinel.engine.CheckResult;
import dev.releasesentinel.engine.LazyProbe;
import dev.releasesentinel.engine.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * {@code system.disk:PATH}: usage of the filesystem holding PATH (docs/checks/system.md), judged on
 * df's own figures so the gate and {@code df PATH} never disagree.
 */
final class DiskCheck implements Check {

  private final SystemConfig.Disk config;
  private final Path repository;
  private final LazyProbe<HostProbe> probe;

  DiskCheck(SystemConfig.Disk config, Path repository, LazyProbe<HostProbe> probe) {
    this.config = config;
    this.repository = repository;
    this.probe = probe;
  }

  @Override
  public CheckId id() {
    return SystemFamily.DISK.checkId(config.path());
  }

  @Override
  public Severity severity() {
    return config.spec().severity();
  }

  @Override
  public String description() {
    return "disk usage of the filesystem holding " + config.path();
  }

  /** Relative paths are the repository's: "." is the filesystem the release is built on. */
  Path target() {
    return repository.toAbsolutePath().resolve(config.path()).normalize();
  }

  @Override
  public CheckResult run(CheckContext context) throws CannotObserve {
    Path target = target();
    context.activity("reading the filesystem of " + target);
    return judge(
        CannotObserve.reading(
            "cannot read disk usage of " + label(target),
            Map.of("path", target.toString()),
            () -> probe.get().disk(target)));
  }

  private String label(Path target) {
    return target.toString().equals(config.path())
        ? config.path()
        : config.path() + " (" + target + ")";
  }

  /** The verdict on one reading; a pure function of it and the config. */
  CheckResult judge(DiskReading r) {
    String where = where(r);
    Map<String, Object> details = details(r);
    OptionalInt pct = r.usedPercent();
    if (pct.isEmpty()) {
      return CheckResult.error(
              this,
              where
                  + " reports no size ("
                  + (r.filesystemType().isEmpty() ? "unknown filesystem" : r.filesystemType())
                  + "): point system.disk at a path on a real disk")
          .withDetails(details);
    }
    List<String> critical = new ArrayList<>();
    List<String> warn = new ArrayList<>();
    boolean space = false;
    boolean inodes = false;

    switch (Level.of(pct.getAsInt(), config.warn(), config.critical())) {
      case CRITICAL -> {
        critical.add("at or above critical " + Level.plain(config.critical().getAsDouble()) + "%");
        space = true;
      }
      case WARN -> {
        warn.add("at or above warn " + Level.plain(config.warn().getAsDouble()) + "%");
        space = true;
      }
      case OK -> {}
    }
    long avail = Math.max(0, r.availableBytes());
    if (config.minFree().isPresent() && avail < config.minFree().getAsLong()) {
      critical.add("below min-free " + Units.formatSizeAsWritten(config.minFree().getAsLong()));
      space = true;
    } else if (config.minFreeWarn().isPresent() && avail < config.minFreeWarn().getAsLong()) {
      warn.add(
          "below min-free-warn " + Units.formatSizeAsWritten(config.minFreeWarn().getAsLong()));
      space = true;
    }
    boolean inodeLevels = config.inodesWarn().isPresent() || config.inodesCritical().isPresent();
    OptionalInt ipct = r.inodesUsedPercent();
    if (inodeLevels && ipct.isEmpty()) {
      return CheckResult.error(
              this,
              "cannot judge inode usage of "
                  + where
                  + ": "
                  + r.inodesMissingReason()
                  + "; remove inodes-warn / inodes-critical for this path")
          .withDetails(details);
    }
    if (inodeLevels) {
      switch (Level.of(ipct.getAsInt(), config.inodesWarn(), config.inodesCritical())) {
        case CRITICAL -> {
          critical.add(
              "inodes "
                  + ipct.getAsInt()
                  + "% used (at or above inodes-critical "
                  + Level.plain(config.inodesCritical().getAsDouble())
                  + "%)");
          inodes = true;
        }
        case WARN -> {
          warn.add(
              "inodes "
                  + ipct.getAsInt()
                  + "% used (at or above inodes-warn "
                  + Level.plain(config.inodesWarn().getAsDouble())
                  + "%)");
          inodes = true;
        }
        case OK -> {}
      }
    }

    String facts =
        where
            + " is "
            + pct.getAsInt()
            + "% full ("
            + size(avail)
            + " free of "
            + size(r.totalBytes())
            + ")";
    if (critical.isEmpty() && warn.isEmpty()) {
      String inodeNote = inodeLevels ? ", inodes " + ipct.getAsInt() + "% used" : "";
      return CheckResult.pass(this, facts + inodeNote).withDetails(details);
    }
    List<String> reasons = new ArrayList<>(critical);
    reasons.addAll(warn);
    String fix =
        space && inodes
            ? "free space and delete small files (caches, sessions), or raise the thresholds"
            : inodes
                ? "delete small files (caches, sessions, old logs) or raise the inode threshold"
                : "free space or raise the threshold";
    String message = facts + ": " + String.join(", ", reasons) + "; " + fix;
    CheckResult result =
        critical.isEmpty() ? CheckResult.warn(this, message) : CheckResult.fail(this, message);
    return result.withDetails(details);
  }

  /** "/", or "/var/lib/docker (on /)", or ". (/work/repo, on /)". */
  private String where(DiskReading r) {
    String shown = config.path();
    List<String> extra = new ArrayList<>();
    if (!r.realPath().equals(config.path())) {
      extra.add(r.realPath());
    }
    if (!r.mountPoint().equals(r.realPath())) {
      extra.add("on " + r.mountPoint());
    }
    return extra.isEmpty() ? shown : shown + " (" + String.join(", ", extra) + ")";
  }

  private Map<String, Object> details(DiskReading r) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("path", r.realPath());
    d.put("mountPoint", r.mountPoint());
    d.put("filesystemType", r.filesystemType());
    d.put("totalBytes", r.totalBytes());
    d.put("freeBytes", r.freeBytes());
    d.put("availableBytes", r.availableBytes());
    d.put("usedBytes", r.usedBytes());
    r.usedPercent().ifPresent(p -> d.put("usedPercent", p));
    r.inodesTotal().ifPresent(v -> d.put("inodesTotal", v));
    r.inodesFree().ifPresent(v -> d.put("inodesFree", v));
    r.inodesUsedPercent().ifPresent(p -> d.put("inodesUsedPercent", p));
    if (r.inodesUsedPercent().isEmpty()) {
      d.put("inodes", r.inodesMissingReason());
    }
    return d;
  }

  /** A measured size, in the units the config's min-free (or min-free-warn) was written in. */
  private String size(long bytes) {
    OptionalLong like = config.minFree().isPresent() ? config.minFree() : config.minFreeWarn();
    return like.isPresent()
        ? Units.formatSizeLike(bytes, like.getAsLong())
        : Units.formatSize(bytes);
  }
}
