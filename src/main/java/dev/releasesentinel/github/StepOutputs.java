package dev.releasesentinel.github;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Step outputs in {@code $GITHUB_OUTPUT}, in the file format the runner parses
 * (docs/action-runner.md, "GITHUB_OUTPUT"): {@code name=value} for one line, a heredoc with a
 * random {@code ghadelimiter_<uuid>} otherwise; LF line ends only (a CRLF line never matches its
 * delimiter); appended, never truncated. A malformed file fails the step, so bad names are refused
 * here.
 */
public final class StepOutputs {

  private StepOutputs() {}

  public static void append(Path file, Map<String, String> outputs) throws IOException {
    String text = format(outputs, () -> "ghadelimiter_" + UUID.randomUUID());
    boolean needsBreak = false;
    if (Files.exists(file) && Files.size(file) > 0) {
      byte[] all = Files.readAllBytes(file);
      needsBreak = all[all.length - 1] != '\n';
    }
    Files.writeString(
        file,
        (needsBreak ? "\n" : "") + text,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.WRITE);
  }

  /** The lines for some outputs, in their order. */
  static String format(Map<String, String> outputs, Supplier<String> delimiters) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : outputs.entrySet()) {
      String name = e.getKey();
      String value = e.getValue();
      if (name.isEmpty() || name.contains("=") || name.contains("<<") || multiLine(name)) {
        throw new IllegalArgumentException("not a valid output name: '" + name + "'");
      }
      if (!multiLine(value)) {
        b.append(name).append('=').append(value).append('\n');
        continue;
      }
      String delimiter = delimiters.get();
      if (name.contains(delimiter) || value.contains(delimiter)) {
        throw new IllegalArgumentException(
            "the value of output '"
                + name
                + "' contains the delimiter "
                + delimiter
                + "; it cannot be written safely");
      }
      b.append(name)
          .append("<<")
          .append(delimiter)
          .append('\n')
          .append(value)
          .append('\n')
          .append(delimiter)
          .append('\n');
    }
    return b.toString();
  }

  private static boolean multiLine(String s) {
    return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
  }
}
