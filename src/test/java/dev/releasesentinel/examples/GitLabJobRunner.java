package dev.releasesentinel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.releasesentinel.checks.git.testing.GitRepo;
import dev.releasesentinel.cli.Cli;
import dev.releasesentinel.cli.Main;
import dev.releasesentinel.engine.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a GitLab runner does with the component's job in a tag pipeline: the checkout GitLab asks
 * for when GIT_DEPTH is 0 (the pipeline's persistent ref, every branch into refs/remotes/origin/,
 * every tag; then a detached checkout of the commit), GitLab's predefined variables and the job's
 * own, the script line under a shell with -e in the project directory. release-sentinel on the PATH
 * records its arguments and runs the real CLI in a child JVM.
 */
final class GitLabJobRunner {

  static final String PIPELINE_ID = "42";
  private final Path tmp;
  private final GitLabComponentRunTest.Remote remote;

  GitLabJobRunner(Path tmp, GitLabComponentRunTest.Remote remote) {
    this.tmp = tmp;
    this.remote = remote;
  }

  record Run(
      List<String> args,
      int exit,
      String output,
      JsonNode job,
      Path projectDir,
      Map<String, JsonNode> given) {

    /** The JSON report, at the path the json-report input names. */
    JsonNode json() {
      try {
        return GitLabCi.JSON.readTree(
            projectDir.resolve(job.path("variables").path("RS_JSON").asText()).toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The job's status as GitLab shows it for this exit code, had fail-on been this value. */
    String status(String failOn) {
      Map<String, JsonNode> inputs = new HashMap<>(given);
      inputs.put("fail-on", TextNode.valueOf(failOn));
      JsonNode af =
          GitLabCi.resolved(GitLabCi.component(inputs), "release-sentinel").path("allow_failure");
      if (exit == 0) {
        return "success";
      }
      boolean allowed = af.isBoolean() ? af.asBoolean() : false;
      for (JsonNode code : af.path("exit_codes")) {
        allowed |= code.asInt() == exit;
      }
      return allowed ? "failed, allowed to fail" : "failed";
    }
  }

  Run tagPipeline(String tag, String sha, String shell, Map<String, JsonNode> given)
      throws Exception {
    JsonNode job = GitLabCi.resolved(GitLabCi.component(given), "release-sentinel");
    assertThat(job.path("variables").path("GIT_DEPTH").asText()).isEqualTo("0");
    GitRepo.at(remote.bare(), remote.home())
        .git("update-ref", "refs/pipelines/" + PIPELINE_ID, sha);
    GitRepo project = GitRepo.at(tmp.resolve("builds/group/project"), remote.home());
    project.git("init", "-q");
    project.git("remote", "add", "origin", remote.url());
    project.git(
        "fetch",
        "origin",
        "+refs/pipelines/" + PIPELINE_ID + ":refs/pipelines/" + PIPELINE_ID,
        "+refs/heads/*:refs/remotes/origin/*",
        "+refs/tags/*:refs/tags/*",
        "--prune",
        "--quiet");
    project.git("checkout", "-f", "-q", sha);
    project.git("clean", "-ffdx");

    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path argsFile = tmp.resolve("args");
    Path shim = bin.resolve("release-sentinel");
    Files.writeString(
        shim,
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$RS_TEST_ARGS\"\n"
            + "exec \"$RS_TEST_JAVA\" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
            + " -cp \"$RS_TEST_CP\" "
            + Main.class.getName()
            + " \"$@\"\n");
    assertThat(shim.toFile().setExecutable(true)).isTrue();

    List<String> script = new ArrayList<>();
    job.path("script").forEach(s -> script.add(s.asText()));
    assertThat(script).hasSize(1);
    ProcessBuilder pb =
        new ProcessBuilder(shell, "-e", "-c", script.get(0)).directory(project.dir().toFile());
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", bin + ":/usr/bin:/bin");
    env.put("HOME", remote.home().toString());
    env.put("XDG_CONFIG_HOME", remote.home().resolve(".config").toString());
    env.put("CI", "true");
    env.put("GITLAB_CI", "true");
    env.put("CI_PIPELINE_SOURCE", "push");
    env.put("CI_PIPELINE_ID", PIPELINE_ID);
    env.put("CI_COMMIT_TAG", tag);
    env.put("CI_COMMIT_REF_NAME", tag);
    env.put("CI_COMMIT_SHA", sha);
    env.put("CI_PROJECT_DIR", project.dir().toString());
    job.path("variables").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
    env.put("RS_TEST_ARGS", argsFile.toString());
    env.put("RS_TEST_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    env.put("RS_TEST_CP", System.getProperty("java.class.path"));
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> args = Files.readAllLines(argsFile);
    assertThat(args.get(0)).isEqualTo("check");
    Set<String> known = checkOptions();
    assertThat(args.stream().filter(a -> a.startsWith("-")))
        .as("options `check --help` lists")
        .allMatch(known::contains);
    return new Run(args, p.exitValue(), output, job, project.dir(), given);
  }

  /** The options of `check`, from its own help text. */
  private static Set<String> checkOptions() {
    StringWriter out = new StringWriter();
    var cl = Cli.commandLine(Environment.of(Map.of()), Clock.systemUTC());
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("check", "--help")).isZero();
    Set<String> options = new TreeSet<>();
    Matcher m = Pattern.compile("(?<![\\w-])(--?[A-Za-z][\\w-]*)").matcher(out.toString());
    while (m.find()) {
      options.add(m.group(1));
    }
    return options;
  }
}
