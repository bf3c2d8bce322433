package dev.releasesentinel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.releasesentinel.checks.Family;
import dev.releasesentinel.engine.Environment;
import dev.releasesentinel.testing.RunnerProtocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine;

/**
 * Starts {@code release-sentinel action} in-process the way the Actions runner starts a container
 * action (docs/action-runner.md, "Starting the container"): the workspace, file-command, workflow
 * and temp directories; an environment built in the runner's order (the workflow's env, then every
 * declared input as {@code INPUT_<NAME>} with its dashes, then {@code HOME}, {@code GITHUB_*} and
 * {@code RUNNER_*}, then {@code GITHUB_ACTIONS} and {@code CI}); fresh, empty GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files for every step; and the event payload at GITHUB_EVENT_PATH.
 */
final class ActionHarness {

  static final String MERGE_SHA = "5555555555555555555555555555555555555555";
  static final String TOKEN = "ghs_jobtoken0123456789abcdefABCDEF";

  /** The inputs action.yml declares, with the defaults of docs/github-action.md. */
  private static final Map<String, String> DECLARED = declared();

  final Path root;
  final Path workspace;
  private final Path fileCommands;
  private final Path workflow;
  private final Map<String, String> workflowEnv = new LinkedHashMap<>();
  private final Map<String, String> inputs = new LinkedHashMap<>(DECLARED);
  private String eventName = "push";
  private String eventFixture = "push.json";
  private String ref = "refs/heads/main";
  private String apiUrl = "http://127.0.0.1:9/unused";

  ActionHarness(Path root) {
    this.root = root;
    try {
      this.workspace = Files.createDirectories(root.resolve("github/workspace"));
      this.fileCommands = Files.createDirectories(root.resolve("github/file_commands"));
      this.workflow = Files.createDirectories(root.resolve("github/workflow"));
      Files.createDirectories(root.resolve("github/home"));
      Files.createDirectories(root.resolve("github/runner_temp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The inputs action.yml declares, with their defaults: the runner passes every declared input,
   * given or not, so the harness does too ({@code ${{ github.token }}} becomes the test token).
   */
  private static Map<String, String> declared() {
    Map<String, String> m = new LinkedHashMap<>();
    try {
      JsonNode inputs =
          new ObjectMapper(new YAMLFactory())
              .readTree(Path.of("action.yml").toFile())
              .get("inputs");
      inputs
          .fields()
          .forEachRemaining(
              e -> {
                String def = e.getValue().path("default").asText("");
                m.put(e.getKey(), def.equals("${{ github.token }}") ? TOKEN : def);
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  ActionHarness input(String name, String value) {
    inputs.put(name, value);
    return this;
  }

  ActionHarness env(String name, String value) {
    workflowEnv.put(name, value);
    return this;
  }

  ActionHarness event(String name, String fixture) {
    this.eventName = name;
    this.eventFixture = fixture;
    if (name.startsWith("pull_request")) {
      ref = "refs/pull/7/merge";
    }
    return this;
  }

  ActionHarness ref(String r) {
    this.ref = r;
    return this;
  }

  ActionHarness api(String url) {
    this.apiUrl = url;
    return this;
  }

  ActionHarness config(String yaml) {
    return file(".release-sentinel.yml", yaml);
  }

  ActionHarness file(String relative, String text) {
    try {
      Path p = workspace.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** One step: fresh file-command files, the runner's environment, {@code action}. */
  Run run(List<Family> families) {
    try {
      String suffix = UUID.randomUUID().toString();
      Path output = Files.createFile(fileCommands.resolve("set_output_" + suffix));
      Path summary = Files.createFile(fileCommands.resolve("step_summary_" + suffix));
      Path envFile = Files.createFile(fileCommands.resolve("set_env_" + suffix));
      Path state = Files.createFile(fileCommands.resolve("save_state_" + suffix));
      Path path = Files.createFile(fileCommands.resolve("add_path_" + suffix));
      Path event = workflow.resolve("event.json");
      try (InputStream in =
          ActionHarness.class.getResourceAsStream("/github/events/" + eventFixture)) {
        Files.write(event, in.readAllBytes());
      }

      Map<String, String> env = new LinkedHashMap<>(workflowEnv);
      inputs.forEach(
          (k, v) -> env.put("INPUT_" + k.replace(' ', '_').toUpperCase(java.util.Locale.ROOT), v));
      env.put("HOME", root.resolve("github/home").toString());
      env.put("GITHUB_WORKSPACE", workspace.toString());
      env.put("GITHUB_EVENT_PATH", event.toString());
      env.put("GITHUB_EVENT_NAME", eventName);
      env.put("GITHUB_REPOSITORY", "octo/app");
      env.put("GITHUB_REPOSITORY_OWNER", "octo");
      env.put("GITHUB_SHA", MERGE_SHA);
      env.put("GITHUB_REF", ref);
      env.put("GITHUB_RUN_ID", "9001");
      env.put("GITHUB_RUN_ATTEMPT", "1");
      env.put("GITHUB_SERVER_URL", "https://github.com");
      env.put("GITHUB_API_URL", apiUrl);
      env.put("GITHUB_GRAPHQL_URL", apiUrl + "/graphql");
      env.put("GITHUB_OUTPUT", output.toString());
      env.put("GITHUB_STEP_SUMMARY", summary.toString());
      env.put("GITHUB_ENV", envFile.toString());
      env.put("GITHUB_STATE", state.toString());
      env.put("GITHUB_PATH", path.toString());
      env.put("GITHUB_ACTION", "__octo_release-sentinel");
      env.put("GITHUB_JOB", "gate");
      env.put("GITHUB_WORKFLOW", "deploy");
      env.put("RUNNER_OS", "Linux");
      env.put("RUNNER_ARCH", "X64");
      env.put("RUNNER_TEMP", root.resolve("github/runner_temp").toString());
      env.put("RUNNER_TOOL_CACHE", "/opt/hostedtoolcache");
      env.put("GITHUB_ACTIONS", "true");
      env.put("CI", "true");

      CommandLine cl =
          Cli.commandLine(
              Environment.of(env), Clock.systemUTC(), Terminal.NONE, () -> families, "action");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int code = cl.execute("action");
      String outputs = Files.readString(output, StandardCharsets.UTF_8);
      return new Run(
          code,
          out.toString(),
          err.toString(),
          outputs,
          RunnerProtocol.outputs(outputs),
          Files.readString(summary, StandardCharsets.UTF_8),
          workspace);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What one step left behind, read as the runner reads it. */
  record Run(
      int exitCode,
      String stdout,
      String stderr,
      String outputFile,
      Map<String, String> outputs,
      String summary,
      Path workspace) {

    List<String> lines() {
      return RunnerProtocol.lines(stdout);
    }

    List<RunnerProtocol.Command> commands() {
      return RunnerProtocol.commands(stdout);
    }

    List<RunnerProtocol.Command> commands(String name) {
      return commands().stream().filter(c -> c.name().equals(name)).toList();
    }

    List<RunnerProtocol.Command> visibleAnnotations() {
      return RunnerProtocol.visibleAnnotations(commands());
    }

    String reportFile() {
      try {
        return Files.readString(workspace.resolve(outputs.get("report")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
