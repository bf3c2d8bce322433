package dev.releasesentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releasesentinel.github.WorkflowCommands;
import dev.releasesentinel.log.Log;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void withJsonLogsALineUnderAnotherTakesItsLevel() throws Exception {
    StringWriter err = new StringWriter();
    StringWriter logged = new StringWriter();
    Console c = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err));
    c.logAs(
        new Log(
            new PrintWriter(logged, true),
            Log.Format.JSON,
            Log.Level.INFO,
            Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));
    c.errLine("release-sentinel: warning: 2 waivers expire soon:");
    c.errLine("  waivers[0] (api:a): expires on 2026-12-09, within 7 days");
    c.errLine("release-sentinel: error: the config has 1 problem:");
    c.errLine("  x.yml:3:5: unknown key");
    c.errLine("release-sentinel: nothing was checked");
    c.errLine("  see docs/config.md");
    ObjectMapper json = new ObjectMapper();
    List<String> levels = new ArrayList<>();
    for (String line : logged.toString().lines().toList()) {
      JsonNode e = json.readTree(line);
      levels.add(e.get("level").asText() + " " + e.get("event").asText());
    }
    assertThat(levels)
        .containsExactly(
            "warn warning",
            "warn warning",
            "error error",
            "error error",
            "info message",
            "info message");
    assertThat(err.toString()).isEmpty();
  }
}
