package dev.releasesentinel.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** action.yml and the action mode agree on the contract of docs/github-action.md. */
class ActionYmlTest {

  static JsonNode actionYml() throws Exception {
    return new ObjectMapper(new YAMLFactory()).readTree(Path.of("action.yml").toFile());
  }

  static List<String> keys(JsonNode n) {
    List<String> k = new ArrayList<>();
    n.fieldNames().forEachRemaining(k::add);
    return k;
  }

  @Test
  void declaresExactlyTheInputsTheActionReads() throws Exception {
    assertThat(keys(actionYml().get("inputs")))
        .containsExactlyInAnyOrderElementsOf(ActionInputs.NAMES);
  }

  @Test
  void declaresTheOutputsTheActionWrites() throws Exception {
    assertThat(keys(actionYml().get("outputs")))
        .containsExactlyInAnyOrder("verdict", "exit-code", "report", "blockers", "record");
  }

  @Test
  void runsAsADockerContainerActionInActionMode() throws Exception {
    JsonNode runs = actionYml().get("runs");
    assertThat(runs.get("using").asText()).isEqualTo("docker");
    assertThat(runs.get("args").get(0).asText()).isEqualTo("action");
    assertThat(actionYml().at("/inputs/github-token/default").asText())
        .isEqualTo("${{ github.token }}");
    assertThat(actionYml().at("/inputs/fail-on/default").asText()).isEqualTo("blocked");
  }
}
