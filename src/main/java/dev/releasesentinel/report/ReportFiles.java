package dev.releasesentinel.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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

  /**
   * Fails now if {@code target} could not be written later: its directory is made, and a temp file
   * is created in it and removed. A run that would end unable to write its report stops before it
   * starts.
   */
  public static void checkWritable(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new FileSystemException(abs.toString(), null, "is a directory");
    }
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Files.delete(Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp"));
  }

  /** Why a file operation failed, in words, with the path it failed on. */
  public static String why(IOException e) {
    if (e instanceof FileSystemException f) {
      String file = f.getFile() == null ? "" : " (" + f.getFile() + ")";
      if (e instanceof AccessDeniedException) {
        return "permission denied" + file;
      }
      if (e instanceof NoSuchFileException) {
        return "no such file or directory" + file;
      }
      if (e instanceof NotDirectoryException) {
        return "not a directory" + file;
      }
      if (e instanceof FileAlreadyExistsException) {
        return "a file is in the way of a directory" + file;
      }
      if (f.getReason() != null) {
        return f.getReason() + file;
      }
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
