package dev.releasesentinel.checks.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a manifest's bytes from the repository, bounded in size (a manifest is a few kilobytes;
 * anything past {@link #MAX_BYTES} is not one), and decodes text as strict UTF-8.
 */
final class ManifestText {

  static final int MAX_BYTES = 4 * 1024 * 1024;

  private ManifestText() {}

  /** Why a file could not be read, already worded for a message. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Position at;

    Unreadable(String message) {
      this(message, null);
    }

    Unreadable(String message, Position at) {
      super(message, null, false, false);
      this.at = at;
    }

    /** The problem as a reading of {@code file}, at its position when known. */
    Reading.Unreadable reading(String file) {
      return new Reading.Unreadable(getMessage(), at == null ? Position.file(file) : at);
    }
  }

  /** The file {@code relative} (with '/') under {@code repository}, which it must not leave. */
  static Path resolve(Path repository, String relative) throws Unreadable {
    Path root = repository.toAbsolutePath().normalize();
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      throw new Unreadable(relative + " is outside the repository");
    }
    return file;
  }

  static byte[] bytes(Path repository, String relative) throws Unreadable {
    Path file = resolve(repository, relative);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] data = in.readNBytes(MAX_BYTES + 1);
      if (data.length > MAX_BYTES) {
        throw new Unreadable(
            relative + " is larger than " + (MAX_BYTES >> 20) + " MiB: not a manifest");
      }
      return data;
    } catch (NoSuchFileException e) {
      throw new Unreadable(relative + " does not exist");
    } catch (IOException e) {
      throw new Unreadable(
          "cannot read " + relative + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }

  /** The file as UTF-8 text, without a byte order mark. */
  static String text(Path repository, String relative) throws Unreadable {
    return decode(bytes(repository, relative), relative);
  }

  static String decode(byte[] data, String relative) throws Unreadable {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(data))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new Unreadable(relative + " is not UTF-8 text");
    }
  }

  /** Whether the file exists under the repository (a cheap stat, used by auto-detection). */
  static boolean exists(Path repository, String relative) {
    try {
      return Files.isRegularFile(resolve(repository, relative));
    } catch (Unreadable e) {
      return false;
    }
  }
}
