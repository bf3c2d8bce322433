package dev.releasesentinel.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The config file's limits on input, checked before the YAML reader sees it (docs/config.md,
 * "Limits"): its size, refused before it is read into memory, and the length of a line.
 */
final class ConfigInput {

  private ConfigInput() {}

  /**
   * The file's bytes, refused above {@link ConfigFile#MAX_BYTES} before they are read into memory:
   * a regular file by its size, anything else (a pipe, a device such as /dev/zero) by reading one
   * byte more than the limit at most.
   */
  static byte[] read(Path path, String display) throws IOException, ConfigException {
    if (Files.isRegularFile(path)) {
      long size = Files.size(path);
      if (size > ConfigFile.MAX_BYTES) {
        throw tooLarge(display, "is " + Units.formatSize(size) + " (" + size + " bytes)");
      }
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(ConfigFile.MAX_BYTES + 1);
      if (bytes.length > ConfigFile.MAX_BYTES) {
        throw tooLarge(display, "goes on past the limit (reading stopped there)");
      }
      return bytes;
    }
  }

  private static ConfigException tooLarge(String display, String size) {
    return new ConfigException(
        new Location(display, 0, 0),
        "the config file "
            + size
            + ", above the limit of "
            + Units.formatSize(ConfigFile.MAX_BYTES)
            + " ("
            + ConfigFile.MAX_BYTES
            + " bytes) for a config file: is it the right file?");
  }

  /**
   * The first line longer than {@link ConfigFile#MAX_LINE}: the YAML reader copies a token's window
   * again for every kilobyte it reads, so one very long line costs time and memory by its length
   * squared.
   */
  static Optional<ConfigProblem> longLine(String text, String display) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > ConfigFile.MAX_LINE) {
          return Optional.of(
              new ConfigProblem(
                  new Location(display, line, 1),
                  "the line is "
                      + (i - start)
                      + " characters long, above the limit of "
                      + ConfigFile.MAX_LINE
                      + " for a config line: split it (a long string can be a YAML block scalar,"
                      + " '|' or '>')"));
        }
        line++;
        start = i + 1;
      }
    }
    return Optional.empty();
  }

  /** The text, or a problem at the line and column of the first byte that is not UTF-8. */
  static String utf8(byte[] bytes, String display) throws ConfigException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column =
          new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new ConfigException(
          new Location(display, line, column),
          "the config file is not UTF-8 text (byte 0x"
              + String.format("%02x", bytes[at] & 0xff)
              + " here): save it as UTF-8");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
