package dev.releasesentinel.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes report files whole or not at all: a temp file beside the target, then a move. The file
 * gets the permissions of the one it replaces, else {@code rw-r--r--}: a temp file is made
 * owner-only, and a report written by the container action (as root) must stay readable by the
 * steps that follow it (as the runner's user).
 */
public final class ReportFiles {

  private ReportFiles() {}

  public static void writeAtomically(Path target, String content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      readableLike(abs, tmp);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static final Set<PosixFilePermission> READABLE =
      PosixFilePermissions.fromString("rw-r--r--");

  private static void readableLike(Path target, Path tmp) throws IOException {
    try {
      Set<PosixFilePermission> perms =
          Files.exists(target, LinkOption.NOFOLLOW_LINKS)
              ? Files.getPosixFilePermissions(target)
              : READABLE;
      Files.setPosixFilePermissions(tmp, perms);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): its temp files inherit the directory's ACL
    }
  }
}
