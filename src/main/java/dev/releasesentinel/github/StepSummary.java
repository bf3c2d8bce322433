package dev.releasesentinel.github;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The job summary: markdown appended to {@code $GITHUB_STEP_SUMMARY}. The runner uploads nothing at
 * all when the file is over 1 MiB, so the text is cut to fit what is left, with a note.
 */
public final class StepSummary {

  private StepSummary() {}

  /** Appends {@code markdown} (already redacted), cut to keep the whole file within the limit. */
  public static void append(Path file, String markdown, String whereTheRestIs) throws IOException {
    long used = Files.exists(file) ? Files.size(file) : 0;
    String text = fit(markdown, Limits.SUMMARY_BYTES - used, whereTheRestIs);
    Files.writeString(
        file,
        text,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.WRITE);
  }

  static String fit(String markdown, long roomBytes, String whereTheRestIs) {
    String text = markdown.endsWith("\n") ? markdown : markdown + "\n";
    String note =
        "\n\n> **Truncated:** the job summary is limited to 1 MiB. " + whereTheRestIs + "\n";
    int room = (int) Math.max(0, Math.min(Integer.MAX_VALUE, roomBytes));
    if (Limits.utf8Length(note) > room) {
      return Limits.utf8Length(text) <= room ? text : "";
    }
    return Limits.fitUtf8(text, room, note);
  }
}
