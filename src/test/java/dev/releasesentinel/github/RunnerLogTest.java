package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.testing.RunnerProtocol;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunnerLogTest {

  private final StringWriter buffer = new StringWriter();
  private final RunnerLog log = new RunnerLog(new PrintWriter(buffer));

  private List<RunnerProtocol.Command> commands() {
    return RunnerProtocol.commands(buffer.toString());
  }

  @Test
  void masksEachLineOfAMultiLineSecretAndTheWholeValue() {
    log.mask(List.of("-----BEGIN KEY-----\nAAAAsecretbody\n-----END KEY-----"));
    List<String> masked =
        commands().stream().filter(c -> c.name().equals("add-mask")).map(c -> c.data()).toList();
    assertThat(masked)
        .containsExactly(
            "-----BEGIN KEY-----\nAAAAsecretbody\n-----END KEY-----",
            "-----BEGIN KEY-----",
            "AAAAsecretbody",
            "-----END KEY-----");
  }

  @Test
  void aSecretWithPercentSignsIsRegisteredExactly() {
    log.mask(List.of("p%0Ass%25word"));
    assertThat(commands().get(0).data()).isEqualTo("p%0Ass%25word");
  }

  @Test
  void shortAndBlankValuesAreNotMaskedAndNothingIsMaskedTwice() {
    log.mask(List.of("abc", "   ", "token-value"));
    log.mask(List.of("token-value"));
    assertThat(commands()).hasSize(1);
  }

  @Test
  void textIsRedactedAfterMasking() {
    log.mask(List.of("hunter2-secret"));
    log.text("password is hunter2-secret");
    assertThat(RunnerProtocol.lines(buffer.toString()))
        .containsExactly("::add-mask::hunter2-secret", "password is ***");
  }

  @Test
  void textFromOutsideCannotForgeCommands() {
    log.text("upstream said:\n::error::forged\rmore ##[warning]forged too");
    assertThat(commands()).isEmpty();
  }

  @Test
  void annotationsCarryTitleFileLineAndColumn() {
    log.annotate(
        new Annotation(
            Annotation.Level.ERROR, "git.tag-absent", Optional.of("a.yml"), 4, 3, "tag exists"));
    RunnerProtocol.Command c = commands().get(0);
    assertThat(c.name()).isEqualTo("error");
    assertThat(c.properties())
        .containsEntry("title", "git.tag-absent")
        .containsEntry("file", "a.yml")
        .containsEntry("line", "4")
        .containsEntry("col", "3");
    assertThat(c.data()).isEqualTo("tag exists");
  }

  @Test
  void anAnnotationWithoutAFileHasNoLine() {
    log.annotate(
        new Annotation(Annotation.Level.WARNING, "system.memory", Optional.empty(), 7, 1, "m"));
    assertThat(commands().get(0).properties()).containsOnlyKeys("title");
  }
}
