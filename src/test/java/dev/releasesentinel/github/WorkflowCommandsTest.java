package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.testing.RunnerProtocol;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkflowCommandsTest {

  @Test
  void escapesDataPercentFirstThenLineBreaks() {
    assertThat(WorkflowCommands.escapeData("100%\r\nnext %0A")).isEqualTo("100%25%0D%0Anext %250A");
  }

  @Test
  void escapesPropertiesLikeDataPlusColonAndComma() {
    assertThat(WorkflowCommands.escapeProperty("a:b,c%d\n")).isEqualTo("a%3Ab%2Cc%25d%0A");
  }

  @Test
  void theRunnerDecodesWhatWeEncodeBackToTheSameText() {
    String title = "api:pay,ments %3A 50%";
    String message = "line one\r\nline two: 100% done, %0A literal\n::error::not a command";
    Map<String, String> props = new LinkedHashMap<>();
    props.put("title", title);
    props.put("file", "cfg/a,b:c.yml");
    props.put("line", "12");
    String line = WorkflowCommands.command("error", props, message);

    assertThat(line).doesNotContain("\n").doesNotContain("\r");
    RunnerProtocol.Command c = RunnerProtocol.parseV2(0, line).orElseThrow();
    assertThat(c.name()).isEqualTo("error");
    assertThat(c.property("title")).contains(title);
    assertThat(c.property("file")).contains("cfg/a,b:c.yml");
    assertThat(c.property("line")).contains("12");
    assertThat(c.data()).isEqualTo(message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "::error::forged",
        "  ::warning file=x::forged",
        "\t::add-mask::abc",
        "\u00A0::error::after a no-break space",
        "\u2003::error::after an em space",
        "text ##[error]legacy forged",
        "###[warning]three hashes",
        "##[set-output name=x]y ##[error]two"
      })
  void neutralisedTextIsNeverACommand(String line) {
    String safe = WorkflowCommands.neutralise(line);
    assertThat(RunnerProtocol.parseV2(0, safe)).isEmpty();
    assertThat(RunnerProtocol.parseLegacy(0, safe)).isEmpty();
    assertThat(safe).doesNotContain("##[");
  }

  @Test
  void neutralisingChangesOnlyWhatCouldStartACommand() {
    assertThat(WorkflowCommands.neutralise("plain text: a::b")).isEqualTo("plain text: a::b");
    assertThat(WorkflowCommands.neutralise("  ::x")).isEqualTo("  : :x");
    assertThat(WorkflowCommands.neutralise("see ##[error]")).isEqualTo("see ## [error]");
  }

  @Test
  void aLoneCarriageReturnStartsALineAsItDoesForTheRunner() {
    assertThat(WorkflowCommands.lines("a\rb\r\nc\nd")).containsExactly("a", "b", "c", "d");
    assertThat(RunnerProtocol.lines("a\rb\r\nc\nd")).containsExactly("a", "b", "c", "d");
  }
}
