package dev.releasesentinel.checks.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The parts of git's index file ({@code .git/index}, gitformat-index(5), versions 2 to 4) that a
 * status needs: each entry's path, mode, size, modification time and flags, and whether the cache
 * tree records the whole index as one tree. Read straight from the file, as git reads it: the
 * trailing checksum is not recomputed (git does not either, by default), and no object is made per
 * entry.
 *
 * <p>Indexes this reader does not handle (split index, sparse index, SHA-256 repositories, unknown
 * required extensions) are refused with {@link Unsupported}; the caller then falls back to JGit.
 */
final class GitIndex {

  static final int MODE_REGULAR = 0100644;
  static final int MODE_EXECUTABLE = 0100755;
  static final int MODE_GITLINK = 0160000;

  /** This index is not one the reader handles; use JGit's. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message);
    }
  }

  final int count;
  final String[] paths;
  final int[] modes;
  final int[] sizes;
  final int[] mtimeSeconds;
  final int[] mtimeNanos;
  final int[] stages;
  final boolean[] assumeValid;
  final boolean[] skipWorktree;
  final boolean[] intentToAdd;

  /** The cache tree's id for the whole index, when it is valid. */
  final Optional<String> rootTree;

  /** The index file's own modification time, for the racy-git rule. */
  private final long fileSeconds;

  private final int fileNanos;

  private GitIndex(int count, Optional<String> rootTree, long fileSeconds, int fileNanos) {
    this.count = count;
    this.paths = new String[count];
    this.modes = new int[count];
    this.sizes = new int[count];
    this.mtimeSeconds = new int[count];
    this.mtimeNanos = new int[count];
    this.stages = new int[count];
    this.assumeValid = new boolean[count];
    this.skipWorktree = new boolean[count];
    this.intentToAdd = new boolean[count];
    this.rootTree = rootTree;
    this.fileSeconds = fileSeconds;
    this.fileNanos = fileNanos;
  }

  /**
   * Whether entry {@code i} may have changed within the same timestamp tick as the index was
   * written: then its stat data proves nothing and its content must be compared (git's "racily
   * clean" rule: entry mtime at or after the index file's mtime).
   */
  boolean racy(int i) {
    long s = Integer.toUnsignedLong(mtimeSeconds[i]);
    return fileSeconds < s || (fileSeconds == s && fileNanos <= mtimeNanos[i]);
  }

  /** The index of a repository that has none yet. */
  static GitIndex empty() {
    return new GitIndex(0, Optional.empty(), 0, 0);
  }

  static GitIndex read(Path file, long fileSeconds, int fileNanos) throws IOException, Unsupported {
    byte[] b = Files.readAllBytes(file);
    if (b.length < 12 + 20 || b[0] != 'D' || b[1] != 'I' || b[2] != 'R' || b[3] != 'C') {
      throw new Unsupported("not an index file");
    }
    int version = int32(b, 4);
    if (version < 2 || version > 4) {
      throw new Unsupported("index version " + version);
    }
    int count = int32(b, 8);
    int end = b.length - 20; // the trailing checksum
    int[] starts = new int[count];
    int pos = 12;
    byte[] previous = new byte[0];
    int previousLength = 0;
    // Entries first, to find where the extensions begin (the cache tree comes after them).
    int[] nameStart = new int[count];
    int[] nameLength = new int[count];
    byte[][] v4names = version == 4 ? new byte[count][] : null;
    for (int i = 0; i < count; i++) {
      if (pos + 62 > end) {
        throw new Unsupported("truncated index");
      }
      starts[i] = pos;
      int flags = uint16(b, pos + 60);
      int p = pos + 62;
      if ((flags & 0x4000) != 0) {
        if (version < 3) {
          throw new Unsupported("extended flags in a version 2 index");
        }
        p += 2;
      }
      if (version == 4) {
        // prefix compression: drop N bytes from the end of the previous path, then a suffix
        long n = 0;
        int c = b[p++] & 0xff;
        n = c & 0x7f;
        while ((c & 0x80) != 0) {
          c = b[p++] & 0xff;
          n = ((n + 1) << 7) | (c & 0x7f);
        }
        int nul = p;
        while (nul < end && b[nul] != 0) {
          nul++;
        }
        int keep = previousLength - (int) n;
        if (n > previousLength || nul >= end) {
          throw new Unsupported("corrupt path in index entry " + i);
        }
        byte[] name = Arrays.copyOf(previous, keep + (nul - p));
        System.arraycopy(b, p, name, keep, nul - p);
        v4names[i] = name;
        previous = name;
        previousLength = name.length;
        pos = nul + 1;
      } else {
        int len = flags & 0x0fff;
        int nul = p + len;
        if (len == 0x0fff) {
          nul = p;
          while (nul < end && b[nul] != 0) {
            nul++;
          }
        }
        if (nul >= end) {
          throw new Unsupported("corrupt path in index entry " + i);
        }
        nameStart[i] = p;
        nameLength[i] = nul - p;
        int entryLength = nul - pos;
        pos += (entryLength + 8) & ~7; // 1 to 8 NUL bytes pad the entry to a multiple of 8
      }
    }
    Optional<String> root = Optional.empty();
    while (pos + 8 <= end) {
      String sig = new String(b, pos, 4, StandardCharsets.ISO_8859_1);
      int size = int32(b, pos + 4);
      int data = pos + 8;
      if (size < 0 || data + size > end) {
        throw new Unsupported("corrupt extension " + sig);
      }
      if (sig.equals("TREE")) {
        root = rootTree(b, data, data + size);
      } else if (sig.equals("link")) {
        // JGit cannot read these either (it fails on the first entry), so say what to do
        throw new IOException(
            "the index is split (core.splitIndex), which is not supported: run git update-index"
                + " --no-split-index");
      } else if (sig.equals("sdir")) {
        throw new IOException(
            "the index is sparse (index.sparse), which is not supported: run git sparse-checkout"
                + " init --no-sparse-index");
      } else if (sig.charAt(0) < 'A' || sig.charAt(0) > 'Z') {
        throw new Unsupported("index extension '" + sig + "'");
      }
      pos = data + size;
    }
    GitIndex index = new GitIndex(count, root, fileSeconds, fileNanos);
    for (int i = 0; i < count; i++) {
      int s = starts[i];
      int flags = uint16(b, s + 60);
      int ext = (flags & 0x4000) != 0 ? uint16(b, s + 62) : 0;
      index.mtimeSeconds[i] = int32(b, s + 8);
      index.mtimeNanos[i] = int32(b, s + 12);
      index.modes[i] = int32(b, s + 24);
      index.sizes[i] = int32(b, s + 36);
      index.stages[i] = (flags >> 12) & 3;
      index.assumeValid[i] = (flags & 0x8000) != 0;
      index.skipWorktree[i] = (ext & 0x4000) != 0;
      index.intentToAdd[i] = (ext & 0x2000) != 0;
      index.paths[i] =
          v4names != null
              ? new String(v4names[i], StandardCharsets.UTF_8)
              : new String(b, nameStart[i], nameLength[i], StandardCharsets.UTF_8);
    }
    return index;
  }

  /** The root entry of the cache tree: "\0" entry-count " " subtrees "\n" then the id if valid. */
  private static Optional<String> rootTree(byte[] b, int from, int to) throws Unsupported {
    int p = from;
    if (p >= to || b[p] != 0) {
      return Optional.empty(); // the root has an empty path
    }
    p++;
    int space = p;
    while (space < to && b[space] != ' ') {
      space++;
    }
    int newline = space;
    while (newline < to && b[newline] != '\n') {
      newline++;
    }
    if (newline >= to) {
      throw new Unsupported("corrupt cache tree");
    }
    String entries = new String(b, p, space - p, StandardCharsets.US_ASCII);
    if (entries.startsWith("-")) {
      return Optional.empty(); // invalidated
    }
    int id = newline + 1;
    if (id + 20 > to) {
      throw new Unsupported("corrupt cache tree");
    }
    return Optional.of(HexFormat.of().formatHex(b, id, id + 20));
  }

  private static int int32(byte[] b, int p) {
    return ((b[p] & 0xff) << 24)
        | ((b[p + 1] & 0xff) << 16)
        | ((b[p + 2] & 0xff) << 8)
        | (b[p + 3] & 0xff);
  }

  private static int uint16(byte[] b, int p) {
    return ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
  }
}
