package dev.releasesentinel.checks.schedule;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Reads a calendar's text: a file relative to {@code baseDir} (the repository), or an https URL
 * through the {@link CalendarTransport}. Both are capped at {@link #MAX_BYTES}.
 */
public final class CalendarReader {

  /** A year of a busy team calendar is well under 1 MiB; 5 MiB bounds memory, not use. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  private final Path baseDir;
  private final CalendarTransport transport;

  public CalendarReader(Path baseDir, CalendarTransport transport) {
    this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  String read(CalendarSource source, Duration timeout) throws CalendarUnavailable {
    if (source instanceof CalendarSource.Url url) {
      try {
        return transport.get(url.uri(), timeout, MAX_BYTES);
      } catch (IOException e) {
        throw new CalendarUnavailable(
            "cannot fetch calendar "
                + url.shown()
                + ": "
                + reason(e)
                + "; check the URL and that"
                + " the gate can reach it");
      }
    }
    Path path = ((CalendarSource.File) source).path();
    Path file = baseDir.resolve(path);
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new CalendarUnavailable(
            "calendar " + path + " is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw new CalendarUnavailable(
          "calendar "
              + path
              + " does not exist (looked in "
              + baseDir
              + "): commit it, or fix"
              + " the ical path");
    } catch (CharacterCodingException e) {
      throw new CalendarUnavailable(
          "calendar " + path + " is not UTF-8 text (iCalendar files are UTF-8, RFC 5545 3.1.4)");
    } catch (IOException e) {
      throw new CalendarUnavailable("cannot read calendar " + path + ": " + reason(e));
    }
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
