package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releasesentinel.testing.RunnerProtocol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepFilesTest {

  @TempDir Path dir;

  @Test
  void outputsParseByTheRunnersRules() throws Exception {
    Path file = dir.resolve("output");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("verdict", "BLOCKED");
    values.put("exit-code", "1");
    values.put("report", ".release-sentinel/report.json");
    values.put("note", "a=b<<c\nsecond line\r\nthird");
    StepOutputs.append(file, values);

    String text = Files.readString(file);
    // Our own line ends are LF; the CR inside the value is the value's.
    assertThat(text.replace("second line\r\n", "")).doesNotContain("\r");
    assertThat(text).containsPattern("note<<(ghadelimiter_[0-9a-f-]{36})\n[\\s\\S]*\n\\1\n");
    assertThat(RunnerProtocol.outputs(text)).isEqualTo(values);
  }

  @Test
  void appendsAndNeverTruncates() throws Exception {
    Path file = dir.resolve("output");
    Files.writeString(file, "earlier=1");
    StepOutputs.append(file, Map.of("verdict", "SAFE"));
    assertThat(RunnerProtocol.outputs(Files.readString(file)))
        .containsEntry("earlier", "1")
        .containsEntry("verdict", "SAFE");
  }

  @Test
  void aValueHoldingTheDelimiterIsRefused() {
    assertThatThrownBy(() -> StepOutputs.format(Map.of("x", "a\nEOF\nb"), () -> "EOF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delimiter");
  }

  @Test
  void anOutputNameCannotBreakTheFile() {
    assertThatThrownBy(() -> StepOutputs.format(Map.of("a=b", "1"), () -> "D"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSummaryStaysUnderOneMebibyteWithANote() throws Exception {
    Path file = dir.resolve("summary");
    Files.writeString(file, "x".repeat(100_000));
    String big = "| ✅ | a row with ünïcödé |\n".repeat(60_000);
    StepSummary.append(file, big, "The full report is in `r.json`.");
    long size = Files.size(file);
    assertThat(size).isLessThanOrEqualTo(Limits.SUMMARY_BYTES).isGreaterThan(1_000_000);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("x".repeat(100_000))
        .contains("**Truncated:**")
        .endsWith("`r.json`.\n");
  }

  @Test
  void aSmallSummaryIsWrittenWhole() throws Exception {
    Path file = dir.resolve("summary");
    StepSummary.append(file, "## ✅ SAFE", "");
    assertThat(Files.readString(file)).isEqualTo("## ✅ SAFE\n");
  }

  @Test
  void cuttingNeverSplitsACharacter() {
    String s = Limits.fitUtf8("ab😀cd", 5, "");
    assertThat(s).isEqualTo("ab");
    assertThat(Limits.fitChars("ab😀cd", 3, "")).isEqualTo("ab");
  }
}
