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
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Writes report files whole or not at all: a temp file beside the target, then a move. The file
 * gets the permissions of the one it replaces, else {@code rw-r--r--}: a temp file is made
 * owner-only, and a report written by the container action (as root) must stay readable by the
 * steps that follow it (as the runner's user).
 *
 * <p>A report only ever replaces a regular file: never a device, a FIFO, a socket or a directory
 * (as root, a move onto {@code /dev/null} would replace the device). A symbolic link to a regular
 * file is written through: the temp file goes beside the link's target, and the move replaces the
 * target, so the link stays (docs/security.md, "Report files and stdout").
 */
public final class ReportFiles {

  private ReportFiles() {}

  public static void writeAtomically(Path target, String content) throws IOException {
    Path abs = destination(target);
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
    Path abs = destination(target);
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Files.delete(Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp"));
  }

  /**
   * The file a report for {@code target} replaces: the target itself, or where a symbolic link
   * leads; refused (with the reason) when that is not a regular file or a file still to be made.
   */
  static Path destination(Path target) throws IOException {
    Optional<String> why = refusal(target);
    if (why.isPresent()) {
      throw new FileSystemException(target.toString(), null, why.get());
    }
    Path abs = target.toAbsolutePath();
    return Files.isSymbolicLink(abs) ? abs.toRealPath() : abs;
  }

  /**
   * Why {@code target} cannot take a report, or empty when it can (a regular file, a symbolic link
   * to one, or nothing yet): it is a directory, a device, a FIFO or a socket, or a symbolic link
   * that leads nowhere. Checked before any check runs, and again when the report is written.
   */
  public static Optional<String> refusal(Path target) {
    Path abs = target.toAbsolutePath();
    String link = "";
    if (Files.isSymbolicLink(abs)) {
      try {
        Path to = Files.readSymbolicLink(abs);
        link = "is a symbolic link to " + to + ", which ";
        if (!Files.exists(abs)) {
          return Optional.of(
              link + "does not exist (a dangling link): remove the link or create its target");
        }
      } catch (IOException e) {
        return Optional.of("is a symbolic link that cannot be read: " + why(e));
      }
    }
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(abs, BasicFileAttributes.class);
    } catch (IOException e) {
      // Not there yet (made by the report), or a directory on the way cannot be made or read:
      // writing the report says so then (checkWritable, before any check runs).
      return Optional.empty();
    }
    if (a.isRegularFile()) {
      return Optional.empty();
    }
    String is = link.isEmpty() ? "is " : link + "is ";
    if (a.isDirectory()) {
      return Optional.of(is + "a directory: give the path of a file (in it, if you like)");
    }
    return Optional.of(
        is + kind(abs) + ", not a regular file, and a report never replaces one: give a file path");
  }

  /** A character or block device, a FIFO or a socket, by the file's mode (POSIX S_IFMT). */
  private static String kind(Path p) {
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode");
      return switch (mode & 0170000) {
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0010000 -> "a FIFO (named pipe)";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  /**
   * The file {@code target} names, for telling two report paths apart: where links lead when the
   * file exists, else the normalised absolute path.
   */
  public static Path identity(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    try {
      return abs.toRealPath();
    } catch (IOException notYet) {
      Path parent = abs.getParent();
      try {
        return parent == null ? abs : parent.toRealPath().resolve(abs.getFileName());
      } catch (IOException e) {
        return abs;
      }
    }
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
