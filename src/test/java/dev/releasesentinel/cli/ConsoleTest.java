package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releasesentinel.github.WorkflowCommands;
import org.junit.jupiter.api.Test;

class ConsoleTest {

  @Test
  void noLineTheRunnerSeesCanBeACommandWhateverEndsIt() {
    String out = Console.neutralise("ok\n::error::a\rok\r::warning::b\r\n  ::debug::c\n##[group]d");
    assertThat(WorkflowCommands.lines(out))
        .hasSize(6)
        .noneMatch(l -> l.strip().startsWith("::"))
        .noneMatch(l -> l.contains("##["));
    assertThat(out).contains("\rok\r").contains("\r\n");
  }

  @Test
  void plainTextIsLeftAlone() {
    String text = "verdict SAFE\r\nno commands here\n";
    assertThat(Console.neutralise(text)).isSameAs(text);
  }
}
